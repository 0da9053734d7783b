// `npm run lint`: ESLint on the whole workspace. The project graph is computed first because
// @nx/enforce-module-boundaries silently skips its checks when no graph is cached.
import { join } from 'node:path';
import { root, run } from './build-lib.mjs';

const nx = join(root, 'node_modules/nx/dist/bin/nx.js');
let code = await run(process.execPath, [nx, 'show', 'projects'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (code === 0) code = await run(process.execPath, [join(root, 'node_modules/eslint/bin/eslint.js'), '.', '--max-warnings=0']);
process.exitCode = code;
