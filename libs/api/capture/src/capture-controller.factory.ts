import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query, type Type } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, queryDate, queryInt, type UserPrincipal } from '@pde/api/core';
import { REJECT_SCHEMA, toJsonSchema, WITHDRAW_SCHEMA, WORKFLOW_ACTION_SCHEMA, type ObjectNode } from '@pde/shared/contracts';
import { CaptureQueryService, type RecordFilters } from './capture-query.service';
import { CaptureService } from './capture.service';

export interface CaptureRoute {
  kind: string;
  path: string;
  label: string;
  schema: ObjectNode;
}

/**
 * The capture REST API of one record kind, generated from the kind's description so that S2 and
 * the four S3 kinds share one implementation (and Swagger documents each kind's own schema).
 */
export function createCaptureController(route: CaptureRoute): Type<unknown> {
  const writeBody = {
    type: 'object',
    required: ['datos'],
    properties: {
      datos: toJsonSchema(route.schema),
      enteId: { type: 'integer', description: 'Solo administración: ente del registro. Para capturistas siempre es su ente.' },
      version: { type: 'integer', description: 'Valor «version» leído (obligatorio al modificar).' },
    },
  };

  @ApiTags(`Panel · ${route.label}`)
  @ApiParam({ name: 'id', required: false, description: 'Identificador del registro' })
  @Controller(`api/${route.path}/records`)
  class KindCaptureController {
    constructor(@Inject(CaptureService) private readonly capture: CaptureService, @Inject(CaptureQueryService) private readonly query: CaptureQueryService) {}

    @Get()
    @Access.panel()
    @ApiOperation({ summary: `Lista de registros (${route.label}) con filtros y paginación, según el alcance de la persona` })
    list(@CurrentUser() user: UserPrincipal, @Query() q: Record<string, string | undefined>) {
      return this.query.list(route.kind, user, readFilters(q));
    }

    @Post()
    @Access.panel('CAPTURISTA', 'ADMIN')
    @ApiBody({ schema: writeBody })
    @ApiOperation({ summary: 'Crea un registro en BORRADOR' })
    create(@CurrentUser() user: UserPrincipal, @Body() body: unknown) {
      return this.capture.create(route.kind, user, body);
    }

    @Post('validate')
    @HttpCode(200)
    @Access.panel()
    @ApiBody({ schema: writeBody })
    @ApiOperation({ summary: 'Valida datos sin guardarlos (errores y advertencias por campo)' })
    check(@CurrentUser() user: UserPrincipal, @Body() body: unknown) {
      return this.capture.check(route.kind, user, body);
    }

    @Get(':id')
    @Access.panel()
    @ApiOperation({ summary: 'Registro con su versión de trabajo, la publicada y las acciones permitidas' })
    get(@CurrentUser() user: UserPrincipal, @Param('id') id: string) {
      return this.capture.get(route.kind, id, user);
    }

    @Put(':id')
    @Access.panel('CAPTURISTA', 'ADMIN')
    @ApiBody({ schema: writeBody })
    @ApiOperation({ summary: 'Guarda la versión de trabajo (409 si la versión enviada no es la vigente)' })
    update(@CurrentUser() user: UserPrincipal, @Param('id') id: string, @Body() body: unknown) {
      return this.capture.update(route.kind, id, user, body);
    }

    @Post(':id/submit')
    @HttpCode(200)
    @Access.panel('CAPTURISTA', 'ADMIN')
    @ApiBody({ schema: toJsonSchema(WORKFLOW_ACTION_SCHEMA) })
    @ApiOperation({ summary: 'Envía el borrador a revisión (requiere datos completos y válidos)' })
    submit(@CurrentUser() user: UserPrincipal, @Param('id') id: string, @Body() body: unknown) {
      return this.capture.submit(route.kind, id, user, body);
    }

    @Post(':id/approve')
    @HttpCode(200)
    @Access.panel('REVISOR', 'ADMIN')
    @ApiBody({ schema: toJsonSchema(WORKFLOW_ACTION_SCHEMA) })
    @ApiOperation({ summary: 'Aprueba y publica la versión en revisión' })
    approve(@CurrentUser() user: UserPrincipal, @Param('id') id: string, @Body() body: unknown) {
      return this.capture.approve(route.kind, id, user, body);
    }

    @Post(':id/reject')
    @HttpCode(200)
    @Access.panel('REVISOR', 'ADMIN')
    @ApiBody({ schema: toJsonSchema(REJECT_SCHEMA) })
    @ApiOperation({ summary: 'Rechaza la versión en revisión con un comentario para la persona capturista' })
    reject(@CurrentUser() user: UserPrincipal, @Param('id') id: string, @Body() body: unknown) {
      return this.capture.reject(route.kind, id, user, body);
    }

    @Post(':id/withdraw')
    @HttpCode(200)
    @Access.panel('CAPTURISTA', 'REVISOR', 'ADMIN')
    @ApiBody({ schema: toJsonSchema(WITHDRAW_SCHEMA) })
    @ApiOperation({ summary: 'Da de baja el registro (deja de publicarse de inmediato) con un motivo obligatorio' })
    withdraw(@CurrentUser() user: UserPrincipal, @Param('id') id: string, @Body() body: unknown) {
      return this.capture.withdraw(route.kind, id, user, body);
    }

    @Post(':id/restore')
    @HttpCode(200)
    @Access.panel('REVISOR', 'ADMIN')
    @ApiBody({ schema: toJsonSchema(WORKFLOW_ACTION_SCHEMA) })
    @ApiOperation({ summary: 'Restaura un registro dado de baja' })
    restore(@CurrentUser() user: UserPrincipal, @Param('id') id: string, @Body() body: unknown) {
      return this.capture.restore(route.kind, id, user, body);
    }

    @Get(':id/history')
    @Access.panel()
    @ApiOperation({ summary: 'Historial: todas las versiones y los eventos de la bitácora con sus cambios por campo' })
    history(@CurrentUser() user: UserPrincipal, @Param('id') id: string) {
      return this.query.history(route.kind, id, user);
    }
  }

  const name = route.kind.replace(/(^|_)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
  Object.defineProperty(KindCaptureController, 'name', { value: `${name}CaptureController` });
  return KindCaptureController;
}

function readFilters(q: Record<string, string | undefined>): RecordFilters {
  const orden = q['orden'] === 'titulo' || q['orden'] === 'creado' ? q['orden'] : 'actualizado';
  const direccion = q['direccion'] === 'asc' || q['direccion'] === 'desc' ? q['direccion'] : undefined;
  const enteId = q['enteId'] ? queryInt(q['enteId'], 0, 1, Number.MAX_SAFE_INTEGER, 'enteId') : undefined;
  return {
    q: q['q'],
    estado: q['estado'],
    enteId,
    ejercicio: q['ejercicio'],
    desde: queryDate(q['desde'], 'desde'),
    hasta: queryDate(q['hasta'], 'hasta'),
    orden,
    direccion,
    pagina: queryInt(q['pagina'], 1, 1, 1_000_000, 'pagina'),
    tamano: queryInt(q['tamano'], 20, 1, 200, 'tamano'),
  };
}
