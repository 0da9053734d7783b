// `npm test`: every unit, integration and API test on SQLite; with PDE_TEST_MYSQL_URL also the
// integration and API tests on MySQL/MariaDB; and the browser suite (e2e/) when Chromium exists.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildApiIfStale, buildWebIfStale, root, run } from './build-lib.mjs';

const jest = join(root, 'node_modules/jest/bin/jest.js');
const args = process.argv.slice(2);
const steps = [];
const step = async (name, command, commandArgs, env = {}) => {
  process.stderr.write(`\n▶ ${name}\n`);
  const started = Date.now();
  const code = await run(process.execPath, [command, ...commandArgs], { env: { ...process.env, ...env } });
  steps.push({ name, code, seconds: Math.round((Date.now() - started) / 1000) });
  return code;
};

await step('Pruebas unitarias, de integración y de API (SQLite)', jest, ['--config', 'jest.config.cjs', ...args], { PDE_TEST_DB: 'sqlite' });
if (process.env.PDE_TEST_MYSQL_URL) {
  await step('Pruebas de integración y de API (MySQL/MariaDB)', jest, ['--config', 'jest.config.cjs', '--selectProjects', 'integration', ...args], { PDE_TEST_DB: 'mysql' });
} else {
  process.stderr.write('\n(Sin PDE_TEST_MYSQL_URL: se omiten las pruebas sobre MySQL/MariaDB.)\n');
}
const chromium = process.env.PDE_CHROMIUM ?? '/usr/bin/chromium';
if (existsSync(join(root, 'e2e/playwright.config.ts')) && args.length === 0) {
  if (existsSync(chromium)) {
    await buildApiIfStale();
    await buildWebIfStale();
    await step('Pruebas de extremo a extremo (Playwright + Chromium)', join(root, 'node_modules/@playwright/test/cli.js'), ['test', '--config', 'e2e/playwright.config.ts']);
  } else {
    process.stderr.write(`\n(No se encontró Chromium en ${chromium}: se omiten las pruebas de navegador. Instálelo con apt-get install chromium.)\n`);
  }
}
process.stderr.write('\nResumen:\n');
for (const s of steps) process.stderr.write(`  ${s.code === 0 ? 'OK   ' : 'FALLÓ'} ${s.name} (${s.seconds} s)\n`);
process.exitCode = steps.some((s) => s.code !== 0) ? 1 : 0;
