#!/usr/bin/env node
// Completes package-lock.json with the platform-specific optional packages (darwin, win32, musl…)
// that a registry mirror serving only some platforms leaves out. Without them `npm ci` refuses the
// lockfile ("Missing: @swc/core-darwin-arm64@ from lock file") even though it would skip them anyway.
// Each entry is rebuilt from the parent's exact pin and the platform spelled in the package name, so
// npm skips it by os/cpu/libc on the wrong platform and fetches that exact version on the right one.
// Run after `npm install` whenever the lockfile changes: `node tools/lockfile-platforms.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCKFILE = new URL('../package-lock.json', import.meta.url);
const OS = ['darwin', 'linux', 'win32', 'freebsd', 'openbsd', 'netbsd', 'android', 'openharmony', 'sunos', 'aix'];
const CPU = { x64: 'x64', arm64: 'arm64', arm: 'arm', ia32: 'ia32', ppc64: 'ppc64', s390x: 's390x',
  riscv64: 'riscv64', loong64: 'loong64', wasm32: 'wasm32', gnueabihf: 'arm', musleabihf: 'arm' };

/** The os/cpu/libc that a binary package's name announces, or null when the name says nothing. */
export function platformOf(name) {
  const tokens = name.split('/').pop().split('-');
  const os = OS.find((candidate) => tokens.includes(candidate));
  const cpu = tokens.map((token) => CPU[token]).find(Boolean);
  if (!cpu) return null;
  const libc = tokens.some((t) => t.startsWith('musl')) ? 'musl' : tokens.some((t) => t.startsWith('gnu')) ? 'glibc' : null;
  return { ...(os ? { os: [os] } : {}), cpu: [cpu], ...(os === 'linux' && libc ? { libc: [libc] } : {}) };
}

/** Where npm would look for `name` when required from the package installed at `parentPath`. */
function resolvesFrom(packages, parentPath, name) {
  let base = parentPath;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return true;
    if (!base) return false;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

const lock = JSON.parse(readFileSync(LOCKFILE, 'utf8'));
const added = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, pin] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolvesFrom(lock.packages, path, name)) continue;
    const platform = platformOf(name);
    if (!platform || !/^\d+\.\d+\.\d+/.test(pin)) {
      console.warn(`sin completar (no es un binario de plataforma con versión fija): ${name}@${pin}`);
      continue;
    }
    const target = `${path ? `${path}/` : ''}node_modules/${name}`;
    lock.packages[target] = { version: pin, ...platform, ...(entry.dev ? { dev: true } : {}), optional: true };
    added.push(`${name}@${pin}`);
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'))));
lock.packages = sorted;
writeFileSync(LOCKFILE, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${added.length} paquetes de plataforma añadidos al lockfile`);
