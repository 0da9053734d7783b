import { Controller, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '@pde/api/core';
import type { Request, Response } from 'express';
import { pdnLogOf } from '../access-log/pdn-access-log.middleware';
import { TokenService } from './token.service';

const TOKEN_SCHEMA = {
  type: 'object',
  required: ['access_token', 'token_type', 'expires_in', 'refresh_token', 'refresh_token_expires_in'],
  properties: {
    access_token: { type: 'string', description: 'JWT HS256, válido expires_in segundos' },
    token_type: { type: 'string', enum: ['Bearer'] },
    expires_in: { type: 'integer', example: 300 },
    refresh_token: { type: 'string' },
    refresh_token_expires_in: { type: 'integer', example: 600 },
    scope: { type: 'string', description: 'Solo cuando no es vacío' },
  },
};

@ApiTags('PDN · OAuth2')
@Controller()
export class TokenController {
  constructor(private readonly tokens: TokenService) {}

  @Post(['oauth/token', 'oauth'])
  @Access.oauthClient()
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOperation({
    summary: 'Emite tokens de acceso para las APIs v1 (grant_type password o refresh_token)',
    description:
      'Credenciales del cliente en el encabezado Basic y/o en el cuerpo (client_id, client_secret). Errores {code, message} según SPEC §6.2.',
  })
  @ApiResponse({ status: 200, schema: TOKEN_SCHEMA })
  async token(@Req() request: Request, @Res() response: Response) {
    const log = pdnLogOf(response);
    const tokenLog = {};
    log.params = tokenLog;
    const result = await this.tokens.issue(request, tokenLog);
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Pragma', 'no-cache');
    response.status(200).type('application/json; charset=utf-8').send(JSON.stringify(result));
  }
}
