import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, ForbiddenError, parseBody, PdeConfig, type UserPrincipal } from '@pde/api/core';
import { LOGIN_SCHEMA, PASSWORD_CHANGE_SCHEMA, toJsonSchema, type LoginRequest, type PasswordChangeRequest } from '@pde/shared/contracts';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service';
import { clearSessionCookie, CSRF_HEADER, setSessionCookie } from './sessions';

function me(principal: UserPrincipal) {
  return {
    id: principal.userId,
    email: principal.email,
    nombre: principal.name,
    rol: principal.role,
    enteId: principal.enteId,
    entesRevision: principal.reviewScope,
    debeCambiarContrasena: principal.mustChangePassword,
  };
}

@ApiTags('Panel · Sesión')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService, private readonly config: PdeConfig) {}

  @Post('login')
  @HttpCode(200)
  @Access.public('Inicio de sesión del panel: la contraseña se verifica aquí (argon2id) con bloqueo por intentos fallidos.')
  @ApiBody({ schema: toJsonSchema(LOGIN_SCHEMA) })
  @ApiOperation({ summary: 'Inicia sesión en el panel (cookie HttpOnly, SameSite=Strict)' })
  async login(@Req() request: Request, @Res({ passthrough: true }) response: Response, @Body() body: unknown) {
    if (!request.header(CSRF_HEADER)) throw new ForbiddenError('Solicitud rechazada: falta el encabezado de protección X-PDE-CSRF.');
    const input = parseBody<LoginRequest>(LOGIN_SCHEMA, body);
    const result = await this.auth.login(input.email, input.password, { ip: request.ip, userAgent: request.header('user-agent') });
    setSessionCookie(request, response, result.token, this.config.sessionMaxHours * 3600);
    return { usuario: me(result.principal), expiraEn: result.expiresAt.toISOString(), inactividadMinutos: this.config.sessionIdleMinutes };
  }

  @Post('logout')
  @HttpCode(204)
  @Access.panelPendingPasswordChange()
  @ApiOperation({ summary: 'Cierra la sesión' })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentUser() user: UserPrincipal) {
    await this.auth.logout(user);
    clearSessionCookie(request, response);
  }

  @Get('me')
  @Access.panelPendingPasswordChange()
  @ApiOperation({ summary: 'Datos de la persona con sesión iniciada' })
  current(@CurrentUser() user: UserPrincipal) {
    return me(user);
  }

  @Post('password')
  @HttpCode(204)
  @Access.panelPendingPasswordChange()
  @ApiBody({ schema: toJsonSchema(PASSWORD_CHANGE_SCHEMA) })
  @ApiOperation({ summary: 'Cambia la contraseña propia (cierra las demás sesiones)' })
  async changePassword(@CurrentUser() user: UserPrincipal, @Body() body: unknown) {
    const input = parseBody<PasswordChangeRequest>(PASSWORD_CHANGE_SCHEMA, body);
    await this.auth.changePassword(user, input.actual, input.nueva);
  }
}
