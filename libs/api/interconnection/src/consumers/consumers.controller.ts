import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, type UserPrincipal } from '@pde/api/core';
import { CONSUMER_CREATE_SCHEMA, toJsonSchema } from '@pde/shared/contracts';
import { PdnAccessLogService } from '../access-log/pdn-access-log.service';
import { ConsumersService } from './consumers.service';
import { StaticTokensService } from '../tokens/static-tokens.service';

@ApiTags('Panel · Consumidores de la PDN')
@Controller('api/admin/consumers')
export class ConsumersController {
  constructor(
    private readonly consumers: ConsumersService,
    private readonly accessLog: PdnAccessLogService,
    private readonly tokens: StaticTokensService,
  ) {}

  @Get()
  @Access.panel('ADMIN')
  list() {
    return this.consumers.list();
  }

  @Post()
  @Access.panel('ADMIN')
  @ApiBody({ schema: toJsonSchema(CONSUMER_CREATE_SCHEMA) })
  @ApiOperation({ summary: 'Crea un consumidor (cliente OAuth y usuario de API); las credenciales se muestran una sola vez' })
  create(@Body() body: unknown, @CurrentUser() actor: UserPrincipal) {
    return this.consumers.create(body, actor);
  }

  @Get(':id')
  @Access.panel('ADMIN')
  get(@Param('id', ParseIntPipe) id: number) {
    return this.consumers.get(id);
  }

  @Post(':id/revoke')
  @Access.panel('ADMIN')
  @ApiOperation({ summary: 'Revoca el consumidor: sus tokens dejan de funcionar de inmediato' })
  revoke(@Param('id', ParseIntPipe) id: number, @CurrentUser() actor: UserPrincipal) {
    return this.consumers.revoke(id, actor);
  }

  @Get(':id/access-log')
  @Access.panel('ADMIN')
  @ApiOperation({ summary: 'Accesos recientes del consumidor a las APIs de interconexión' })
  async log(@Param('id', ParseIntPipe) id: number) {
    await this.consumers.get(id);
    const rows = await this.accessLog.recent(id);
    return rows.map((r) => ({
      fecha: r.at.toISOString(),
      metodo: r.method,
      ruta: r.endpoint,
      estado: r.status,
      registros: r.matched,
      duracionMs: r.durationMs,
      rfcSolicitante: r.rfcSolicitante,
      parametros: r.params ? (JSON.parse(r.params) as unknown) : null,
    }));
  }

  @Get(':id/tokens')
  @Access.panel('ADMIN')
  @ApiOperation({ summary: 'Tokens de la API S3 v2 del consumidor (sin el secreto)' })
  async listTokens(@Param('id', ParseIntPipe) id: number) {
    await this.consumers.get(id);
    return this.tokens.list(id);
  }

  @Post(':id/tokens')
  @Access.panel('ADMIN')
  @ApiOperation({ summary: 'Emite un token nuevo (rotación: hasta dos activos); se muestra una sola vez' })
  issueToken(@Param('id', ParseIntPipe) id: number, @CurrentUser() actor: UserPrincipal) {
    return this.tokens.issue(id, actor);
  }

  @Post('tokens/:tokenId/revoke')
  @Access.panel('ADMIN')
  @ApiOperation({ summary: 'Revoca un token de la API S3 v2' })
  revokeToken(@Param('tokenId', ParseIntPipe) tokenId: number, @CurrentUser() actor: UserPrincipal) {
    return this.tokens.revoke(tokenId, actor);
  }
}
