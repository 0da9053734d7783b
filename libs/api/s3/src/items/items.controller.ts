import { Controller, Delete, Get, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access, CurrentConsumer, type ConsumerPrincipal } from '@pde/api/core';
import { pdnLogOf, sendJson } from '@pde/api/interconnection';
import { S3_COLLECTIONS } from '@pde/shared/contracts';
import type { Request, Response } from 'express';
import { forbidden } from './directus-errors';
import { ItemsService } from './items.service';

const rawQuery = (request: Request) => {
  const i = request.originalUrl.indexOf('?');
  return i < 0 ? '' : request.originalUrl.slice(i + 1);
};

/**
 * The query string as the access log keeps it (SPEC G6): decoded leniently (a malformed `%` escape
 * must not turn a request into a 500) and without the value of any token-like parameter (tokens are
 * refused in the query string, and never logged).
 */
function loggedQuery(raw: string): string {
  const params = new URLSearchParams(raw);
  for (const name of new Set(params.keys())) if (/token/i.test(name)) params.set(name, '[oculto]');
  return [...params.entries()].map(([name, value]) => `${name}=${value}`).join('&').slice(0, 2000);
}

@ApiTags('PDN · S3 v2 (Directus)')
@ApiBearerAuth()
@Controller('items')
export class ItemsController {
  constructor(private readonly items: ItemsService) {}

  @Get(':collection')
  @Access.pdnToken()
  @ApiParam({ name: 'collection', enum: S3_COLLECTIONS })
  @ApiQuery({ name: 'fields', required: false, example: '*.*.*' })
  @ApiQuery({ name: 'filter', required: false, description: 'JSON, operadores de SPEC §3.5', example: '{"datosGenerales":{"primerApellido":{"_icontains":"lopez"}}}' })
  @ApiQuery({ name: 'search', required: false })
  @ApiQuery({ name: 'sort', required: false, example: '-fecha,id' })
  @ApiQuery({ name: 'limit', required: false, example: 50 })
  @ApiQuery({ name: 'offset', required: false })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'meta', required: false, example: '*' })
  @ApiOperation({ summary: 'Registros publicados de una colección S3 v2, con la semántica de Directus (SPEC §3)' })
  async list(@Param('collection') collection: string, @Req() request: Request, @Res() response: Response, @CurrentConsumer() consumer: ConsumerPrincipal) {
    const log = pdnLogOf(response);
    log.params = { collection, query: loggedQuery(rawQuery(request)) };
    const result = await this.items.list(collection, rawQuery(request), consumer.role);
    log.matched = result.filterCount;
    sendJson(response, result.json);
  }

  @Get(':collection/:id')
  @Access.pdnToken()
  @ApiParam({ name: 'collection', enum: S3_COLLECTIONS })
  @ApiOperation({ summary: 'Un registro publicado por id (solo acepta fields)' })
  async one(@Param('collection') collection: string, @Param('id') id: string, @Req() request: Request, @Res() response: Response, @CurrentConsumer() consumer: ConsumerPrincipal) {
    pdnLogOf(response).params = { collection, id };
    sendJson(response, await this.items.one(collection, id, rawQuery(request), consumer.role));
  }

  // The interconnection credentials have no write permission (SPEC §3.2).
  @Post(':collection')
  @Access.pdnToken()
  @ApiOperation({ summary: 'Escritura no permitida (403)' })
  create(): never {
    throw forbidden();
  }

  @Patch(':collection/:id')
  @Access.pdnToken()
  @ApiOperation({ summary: 'Escritura no permitida (403)' })
  update(): never {
    throw forbidden();
  }

  @Delete(':collection/:id')
  @Access.pdnToken()
  @ApiOperation({ summary: 'Escritura no permitida (403)' })
  remove(): never {
    throw forbidden();
  }
}
