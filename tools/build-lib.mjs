// Shared helpers of the build scripts: staleness checks and the API bundle (esbuild + SWC).
import { spawn } from 'node:child_process';
import { readdirSync, statSync, existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time under the given folders (ignoring tests and generated output). */
export function newestSource(folders) {
  let newest = 0;
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const f of folders) walk(join(root, f));
  for (const f of ['package-lock.json', 'tsconfig.base.json']) if (existsSync(join(root, f))) newest = Math.max(newest, statSync(join(root, f)).mtimeMs);
  return newest;
}

export function isStale(stampFile, folders) {
  const stamp = join(root, stampFile);
  if (!existsSync(stamp)) return true;
  return Number(readFileSync(stamp, 'utf8')) < newestSource(folders);
}

export function writeStamp(stampFile, folders) {
  mkdirSync(dirname(join(root, stampFile)), { recursive: true });
  writeFileSync(join(root, stampFile), String(newestSource(folders)));
}

export const API_SOURCES = ['apps/api', 'libs/api', 'libs/shared'];
export const WEB_SOURCES = ['apps/web', 'libs/web', 'libs/shared'];
export const API_STAMP = 'dist/apps/api/.stamp';
export const WEB_STAMP = 'dist/apps/web/.stamp';

/** Bundles the API (server and CLI). SWC keeps decorator metadata, which NestJS injection needs. */
export async function buildApi() {
  await bundle({ main: 'apps/api/src/main.ts', cli: 'apps/api/src/cli.ts' }, 'dist/apps/api');
  writeStamp(API_STAMP, API_SOURCES);
}

/** esbuild bundle of TypeScript entry points that import the workspace libraries. */
export async function bundle(entryPoints, outdir) {
  const esbuild = await import('esbuild');
  const swc = await import('@swc/core');
  const { readFile } = await import('node:fs/promises');
  const swcPlugin = {
    name: 'swc-decorators',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const result = await swc.transform(source, {
          filename: args.path,
          sourceMaps: 'inline',
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
            target: 'es2022',
            keepClassNames: true,
          },
          module: { type: 'es6' },
        });
        return { contents: result.code, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
  await esbuild.build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    packages: 'external',
    tsconfig: 'tsconfig.base.json',
    keepNames: true,
    logLevel: 'warning',
    plugins: [swcPlugin],
  });
}

export async function buildApiIfStale({ quiet = false } = {}) {
  if (!isStale(API_STAMP, API_SOURCES)) return false;
  if (!quiet) process.stderr.write('Compilando la API…\n');
  await buildApi();
  return true;
}

export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

export async function buildWebIfStale() {
  if (!isStale(WEB_STAMP, WEB_SOURCES)) return false;
  process.stderr.write('Compilando la aplicación web (la primera vez tarda alrededor de un minuto)…\n');
  const code = await run(process.execPath, [join(root, 'node_modules/nx/dist/bin/nx.js'), 'run', 'web:build', '--outputStyle=static'], { stdio: ['ignore', process.stderr, process.stderr] });
  if (code !== 0) throw new Error('La compilación de la aplicación web falló.');
  writeStamp(WEB_STAMP, WEB_SOURCES);
  return true;
}
