import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentConsumer, PreAuthCheck, type ConsumerPrincipal } from '@pde/api/core';
import { checkPagingRanges, pdnLogOf, sendJson, sendV1Page } from '@pde/api/interconnection';
import type { Request, Response } from 'express';
import { parseV1S3Request, type V1S3Api, type V1S3Query } from './v1-s3-request';
import { V1S3SearchService } from './v1-s3-search.service';

type V1Request = Request & { v1s3?: V1S3Query };

const DEPENDENCIAS = {
  status: 200,
  schema: { type: 'array', items: { type: 'object', required: ['nombre', 'siglas', 'clave'], properties: { nombre: { type: 'string' }, siglas: { type: 'string' }, clave: { type: 'string' } } } },
};

async function search(service: V1S3SearchService, request: V1Request, response: Response, consumer: ConsumerPrincipal) {
  const query = request.v1s3 as V1S3Query;
  const log = pdnLogOf(response);
  log.params = { page: query.page, pageSize: query.pageSize, sort: query.sort, query: query.filters, ignorados: query.ignoredKeys };
  log.rfcSolicitante = query.rfcSolicitante;
  checkPagingRanges(query);
  const { totalRows, results } = await service.search(query, consumer.role);
  log.matched = totalRows;
  sendV1Page(response, query.page, query.pageSize, totalRows, results);
}

async function dependencias(service: V1S3SearchService, api: V1S3Api, response: Response) {
  const json = await service.dependencias(api);
  pdnLogOf(response).matched = (JSON.parse(json) as unknown[]).length;
  sendJson(response, json);
}

const parse = (api: V1S3Api) => (request: Request) => {
  (request as V1Request).v1s3 = parseV1S3Request(api, request.body);
};

@ApiTags('PDN · S3 v1.1 (proyección de v2)')
@ApiBearerAuth()
@Controller('v1/ssancionados')
export class SsancionadosController {
  constructor(private readonly service: V1S3SearchService) {}

  @Post()
  @HttpCode(200)
  @Access.pdnOAuth('S3S')
  @PreAuthCheck(parse('S3S'))
  @ApiOperation({ summary: 'Servidores públicos sancionados (S3S v1.1, SPEC §4.2/§4.4), proyectados de faltas graves y no graves' })
  ssancionados(@Req() request: V1Request, @Res() response: Response, @CurrentConsumer() consumer: ConsumerPrincipal) {
    return search(this.service, request, response, consumer);
  }

  @Get('dependencias')
  @Access.pdnOAuth('S3S')
  @ApiResponse(DEPENDENCIAS)
  @ApiOperation({ summary: 'Instituciones con servidores sancionados publicados (SPEC §4.6)' })
  dependencias(@Res() response: Response) {
    return dependencias(this.service, 'S3S', response);
  }
}

@ApiTags('PDN · S3 v1.1 (proyección de v2)')
@ApiBearerAuth()
@Controller('v1/psancionados')
export class PsancionadosController {
  constructor(private readonly service: V1S3SearchService) {}

  @Post()
  @HttpCode(200)
  @Access.pdnOAuth('S3P')
  @PreAuthCheck(parse('S3P'))
  @ApiOperation({ summary: 'Particulares sancionados (S3P v1.1, SPEC §4.3/§4.5), proyectados de personas físicas y morales' })
  psancionados(@Req() request: V1Request, @Res() response: Response, @CurrentConsumer() consumer: ConsumerPrincipal) {
    return search(this.service, request, response, consumer);
  }

  @Get('dependencias')
  @Access.pdnOAuth('S3P')
  @ApiResponse(DEPENDENCIAS)
  @ApiOperation({ summary: 'Instituciones con particulares sancionados publicados (SPEC §4.6)' })
  dependencias(@Res() response: Response) {
    return dependencias(this.service, 'S3P', response);
  }
}
