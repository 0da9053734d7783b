import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../access/access.decorator';
import { Db } from '../database/db.service';

@ApiTags('Operación')
@Controller('health')
export class HealthController {
  constructor(private readonly db: Db) {}

  @Get()
  @Access.public('Sondeo de balanceadores: no revela datos, solo si el servicio y la base de datos responden.')
  @ApiOperation({ summary: 'Estado del servicio y de la base de datos (200 o 503)' })
  async health(@Res() response: Response) {
    let database = 'ok';
    try {
      await this.db.query('SELECT 1');
    } catch {
      database = 'error';
    }
    response
      .status(database === 'ok' ? 200 : 503)
      .setHeader('Cache-Control', 'no-store')
      .json({ status: database === 'ok' ? 'ok' : 'degradado', database });
  }

  @Get('live')
  @Access.public('Sondeo de vida del proceso: no consulta nada.')
  live() {
    return { status: 'ok' };
  }
}
