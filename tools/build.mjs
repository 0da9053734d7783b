// `npm run build`: the API bundle and the web app.
import { buildApi, buildWebIfStale } from './build-lib.mjs';

await buildApi();
await buildWebIfStale();
process.stderr.write('Compilación terminada: dist/apps/api y dist/apps/web.\n');
