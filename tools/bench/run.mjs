// `npm run bench`: builds the API and the benchmark, then runs it. MariaDB/MySQL when
// PDE_BENCH_MYSQL_URL is set (e.g. mysql://root@127.0.0.1:3306), else SQLite (data/bench.sqlite).
// Prints figures; it never fails on a slow result (speed goals are not tests).
import { join } from 'node:path';
import { buildApiIfStale, bundle, root, run } from '../build-lib.mjs';

await buildApiIfStale();
await bundle({ bench: 'tools/bench/bench.ts' }, 'dist/bench');
process.exitCode = await run(process.execPath, ['--enable-source-maps', join(root, 'dist/bench/bench.js'), ...process.argv.slice(2)]);
