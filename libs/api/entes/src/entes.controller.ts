import { Body, Controller, Get, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@pde/api/core';
import { ENTE_SCHEMA, toJsonSchema } from '@pde/shared/contracts';
import { EntesService } from './entes.service';

@ApiTags('Panel · Entes públicos')
@Controller('api/entes')
export class EntesController {
  constructor(private readonly entes: EntesService) {}

  @Get()
  @Access.panel()
  @ApiOperation({ summary: 'Catálogo de entes públicos (búsqueda sin distinguir mayúsculas ni acentos)' })
  list(@Query('q') q?: string, @Query('activos') activos?: string) {
    return this.entes.list({ q, activos: activos === '1' || activos === 'true' });
  }

  @Get(':id')
  @Access.panel()
  get(@Param('id', ParseIntPipe) id: number) {
    return this.entes.get(id);
  }

  @Post()
  @Access.panel('ADMIN')
  @ApiBody({ schema: toJsonSchema(ENTE_SCHEMA) })
  @ApiOperation({ summary: 'Registra un ente público' })
  create(@Body() body: unknown) {
    return this.entes.create(body);
  }

  @Put(':id')
  @Access.panel('ADMIN')
  @ApiBody({ schema: { ...toJsonSchema(ENTE_SCHEMA), additionalProperties: true } })
  @ApiOperation({ summary: 'Modifica un ente público (incluye activarlo o desactivarlo con «activo»)' })
  update(@Param('id', ParseIntPipe) id: number, @Body() body: unknown) {
    return this.entes.update(id, body as Record<string, unknown>);
  }
}
