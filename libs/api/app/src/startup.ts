import type { INestApplicationContext } from '@nestjs/common';
import { Db, JsonLogger } from '@pde/api/core';
import { DemoService } from '@pde/api/demo';
import { TokenService } from '@pde/api/interconnection';

/** Applies pending migrations: on every start and from `pde migrate`. */
export async function runMigrations(app: INestApplicationContext): Promise<string[]> {
  const db = app.get(Db);
  const applied = await db.dataSource.runMigrations({ transaction: db.dialect === 'sqlite' ? 'all' : 'each' });
  return applied.map((m) => m.name);
}

/** What the server does before listening: schema up to date, demo data on an empty database, housekeeping. */
export async function runStartupTasks(app: INestApplicationContext): Promise<void> {
  const logger = app.get(JsonLogger);
  const applied = await runMigrations(app);
  if (applied.length) logger.log(`Migraciones aplicadas: ${applied.join(', ')}`, 'Arranque');
  await app.get(DemoService).seedIfEmpty();
  const tokens = app.get(TokenService);
  const purge = () => tokens.purgeExpired().catch((e: Error) => logger.error(`Limpieza de refresh tokens: ${e.message}`, 'Arranque'));
  void purge();
  setInterval(purge, 24 * 3_600_000).unref();
}
