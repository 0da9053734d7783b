import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentConsumer, PreAuthCheck, type ConsumerPrincipal } from '@pde/api/core';
import { checkPagingRanges, pdnLogOf, sendJson, sendV1Page } from '@pde/api/interconnection';
import type { Request, Response } from 'express';
import { S2SearchService } from './s2-search.service';
import { SPIC_REQUEST_DOC, SPIC_RESPONSE_DOC } from './spic-openapi';
import { parseSpicRequest, type SpicQuery } from './spic-request';

type SpicRequest = Request & { spic?: SpicQuery };

@ApiTags('PDN · S2 v1.1 (servidores públicos en contrataciones)')
@ApiBearerAuth()
@Controller('v1/spic')
export class SpicController {
  constructor(private readonly search: S2SearchService) {}

  @Post()
  @HttpCode(200)
  @Access.pdnOAuth('S2')
  // Body types are checked before the token: SPEC §6.1 reports errors in the order of its table.
  @PreAuthCheck((request) => {
    (request as SpicRequest).spic = parseSpicRequest(request.body);
  })
  @ApiBody({ schema: SPIC_REQUEST_DOC })
  @ApiResponse({ status: 200, schema: SPIC_RESPONSE_DOC })
  @ApiOperation({ summary: 'Búsqueda S2 v1.1 (SPEC §2): filtros sin distinguir acentos ni mayúsculas (ñ ≠ n), orden en español' })
  async spic(@Req() request: SpicRequest, @Res() response: Response, @CurrentConsumer() consumer: ConsumerPrincipal) {
    const query = request.spic as SpicQuery;
    const log = pdnLogOf(response);
    log.params = { page: query.page, pageSize: query.pageSize, sort: query.sort, query: query.filters, ignorados: query.ignoredKeys };
    log.rfcSolicitante = query.rfcSolicitante;
    checkPagingRanges(query);
    const { totalRows, results } = await this.search.search(query, consumer.role);
    log.matched = totalRows;
    sendV1Page(response, query.page, query.pageSize, totalRows, results);
  }

  @Get('dependencias')
  @Access.pdnOAuth('S2')
  @ApiResponse({
    status: 200,
    schema: { type: 'array', items: { type: 'object', required: ['nombre', 'siglas', 'clave'], properties: { nombre: { type: 'string' }, siglas: { type: 'string' }, clave: { type: 'string' } } } },
  })
  @ApiOperation({ summary: 'Instituciones con registros publicados (SPEC §2.7)' })
  async dependencias(@Res() response: Response) {
    const json = await this.search.dependencias();
    pdnLogOf(response).matched = (JSON.parse(json) as unknown[]).length;
    sendJson(response, json);
  }
}
