// `npm start`: compiles what changed (API, web app) and serves everything on PORT (default 3000).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildApiIfStale, buildWebIfStale, root } from './build-lib.mjs';

await buildApiIfStale();
if (process.env.PDE_SKIP_WEB_BUILD !== '1') await buildWebIfStale();
const server = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/apps/api/main.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
