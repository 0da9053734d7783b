import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the real server (API + web app) on a fresh SQLite database with demo data,
 * in Debian's Chromium (never a downloaded browser). `npm test` builds what is needed first.
 */
const port = Number(process.env['PDE_E2E_PORT'] ?? 3900);

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'es-MX',
    timezoneId: 'America/Mexico_City',
    viewport: { width: 1280, height: 900 },
    // Angular Material turns its animations off under prefers-reduced-motion: axe then never measures
    // the contrast of a message that is still fading in, and screenshots show the final state.
    reducedMotion: 'reduce',
    actionTimeout: 15_000,
    trace: 'off',
    launchOptions: {
      executablePath: process.env['PDE_CHROMIUM'] ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
    },
  },
  webServer: {
    command: 'node e2e/support/server.mjs',
    cwd: '..',
    url: `http://127.0.0.1:${port}/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: { PORT: String(port) },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
