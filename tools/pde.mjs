// `npm run -s pde -- <comando>`: compiles the API if its sources changed, then runs the CLI.
// Progress goes to stderr so that `--json` output on stdout stays clean.
import { join } from 'node:path';
import { buildApiIfStale, root, run } from './build-lib.mjs';

await buildApiIfStale();
process.exitCode = await run(process.execPath, ['--enable-source-maps', join(root, 'dist/apps/api/cli.js'), ...process.argv.slice(2)]);
