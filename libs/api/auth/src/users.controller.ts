import { Body, Controller, Get, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, type UserPrincipal } from '@pde/api/core';
import { toJsonSchema, USER_CREATE_SCHEMA, USER_UPDATE_SCHEMA } from '@pde/shared/contracts';
import { UsersService } from './users.service';

@ApiTags('Panel · Administración de usuarios')
@Controller('api/admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Access.panel('ADMIN')
  list() {
    return this.users.list();
  }

  @Get(':id')
  @Access.panel('ADMIN')
  get(@Param('id', ParseIntPipe) id: number) {
    return this.users.get(id);
  }

  @Post()
  @Access.panel('ADMIN')
  @ApiBody({ schema: toJsonSchema(USER_CREATE_SCHEMA) })
  @ApiOperation({ summary: 'Crea un usuario; sin contraseña se genera una que se muestra una sola vez' })
  async create(@Body() body: unknown, @CurrentUser() actor: UserPrincipal) {
    const created = await this.users.create(body, actor);
    return { usuario: created.user, ...(created.generatedPassword ? { contrasenaGenerada: created.generatedPassword } : {}) };
  }

  @Put(':id')
  @Access.panel('ADMIN')
  @ApiBody({ schema: toJsonSchema(USER_UPDATE_SCHEMA) })
  @ApiOperation({ summary: 'Modifica rol, ente, entes que revisa o estado de un usuario' })
  update(@Param('id', ParseIntPipe) id: number, @Body() body: unknown, @CurrentUser() actor: UserPrincipal) {
    return this.users.update(id, body, actor);
  }

  @Post(':id/reset-password')
  @Access.panel('ADMIN')
  @ApiOperation({ summary: 'Genera una contraseña nueva (se muestra una sola vez) y desbloquea la cuenta' })
  async reset(@Param('id', ParseIntPipe) id: number, @CurrentUser() actor: UserPrincipal) {
    const { password } = await this.users.resetPassword(id, actor);
    return { contrasenaGenerada: password };
  }
}
