import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@pde/api/core';
import type { Request } from 'express';
import { PortalService, type PortalS2Params } from './portal.service';

const PUBLIC = 'Portal de consulta ciudadana: solo registros publicados y solo los campos públicos (rol publico de la PDN).';

@ApiTags('Portal de consulta (público)')
@Controller('api/portal')
export class PortalController {
  constructor(private readonly portal: PortalService) {}

  @Get('resumen')
  @Access.public(PUBLIC)
  @ApiOperation({ summary: 'Fecha de corte de los datos y totales publicados por sistema' })
  summary() {
    return this.portal.summary();
  }

  @Get('s2')
  @Access.public(PUBLIC)
  @ApiOperation({ summary: 'Búsqueda S2 (nombres, apellidos, institución, tipo de procedimiento); campos públicos' })
  searchS2(@Query() params: PortalS2Params) {
    return this.portal.searchS2(params);
  }

  @Get('s2/instituciones')
  @Access.public(PUBLIC)
  @ApiOperation({ summary: 'Instituciones con registros S2 publicados (autocompletar)' })
  institutions() {
    return this.portal.institutions();
  }

  @Get('s2/:id')
  @Access.public(PUBLIC)
  @ApiOperation({ summary: 'Ficha pública de un registro S2' })
  s2Record(@Param('id') id: string) {
    return this.portal.s2Record(id);
  }

  @Get('s3/:coleccion')
  @Access.public(PUBLIC)
  @ApiOperation({ summary: 'Búsqueda S3 v2 con los parámetros de Directus (filter, search, sort, limit, page, meta); rol publico' })
  searchS3(@Param('coleccion') collection: string, @Req() request: Request) {
    const i = request.originalUrl.indexOf('?');
    return this.portal.searchS3(collection, i < 0 ? '' : request.originalUrl.slice(i + 1));
  }

  @Get('s3/:coleccion/:id')
  @Access.public(PUBLIC)
  @ApiOperation({ summary: 'Ficha pública de un registro S3 (todos sus campos públicos)' })
  s3Record(@Param('coleccion') collection: string, @Param('id') id: string) {
    return this.portal.s3Record(collection, id);
  }
}
