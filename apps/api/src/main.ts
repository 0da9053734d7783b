import 'reflect-metadata';
import { createHttpApp, runStartupTasks } from '@pde/api/app';
import { JsonLogger, PdeConfig } from '@pde/api/core';

/** HTTP server: API, PDN interconnection, Swagger UI and the web app on one port. */
async function main() {
  const config = new PdeConfig();
  const logger = new JsonLogger(config.logLevel);
  const app = await createHttpApp(config, logger);
  await app.init();
  await runStartupTasks(app);
  await app.listen(config.port, config.host);
  const database = config.database.type === 'sqlite' ? `SQLite (${config.database.path})` : `MySQL/MariaDB (${config.database.database})`;
  logger.log(`PDE escuchando en http://localhost:${config.port} — base de datos ${database}, entorno ${config.environment}`, 'Arranque');
}

main().catch((error: unknown) => {
  process.stderr.write(`No se pudo iniciar la PDE: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
