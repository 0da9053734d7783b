import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, queryDate, queryInt } from '@pde/api/core';
import { AuditQueryService } from './audit-query.service';

@ApiTags('Panel · Bitácora')
@Controller('api/audit')
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get()
  @Access.panel('ADMIN')
  @ApiOperation({ summary: 'Consulta la bitácora de auditoría (solo administración)' })
  list(@Query() query: Record<string, string | undefined>) {
    return this.audit.list({
      action: query['accion'],
      entityType: query['tipo'],
      entityId: query['id'],
      actor: query['actor'],
      from: queryDate(query['desde'], 'desde'),
      to: queryDate(query['hasta'], 'hasta'),
      page: queryInt(query['pagina'], 1, 1, 100_000, 'pagina'),
      pageSize: queryInt(query['tamano'], 50, 1, 500, 'tamano'),
    });
  }
}
