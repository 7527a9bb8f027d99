import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

export const CHROMIUM = process.env.JIKIM_CHROMIUM ?? '/usr/bin/chromium';
export const PORT = Number(process.env.JIKIM_E2E_PORT ?? 8181);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
/** The neutral site quick exit goes to; tests answer it themselves, since nothing here reaches out. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'] as const;
export const NEUTRAL_URL = 'https://neutral.example/weather';

const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) {
  if (process.env.CI === 'true') throw new Error(`Chromium is required under CI=true but ${CHROMIUM} is missing`);
  console.warn(`\n!!! ${CHROMIUM} not found: the browser tests are SKIPPED (apt-get install -y chromium fonts-noto-cjk) !!!\n`);
}

// In the environment, so that workers (which load this file again) see the server's own directory:
// the console journeys run `jikim admin invite` on it.
const dataDir = (process.env.JIKIM_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-e2e-')));
export const DATA_DIR = dataDir;

export default defineConfig({
  testDir: '.',
  testMatch: hasChromium ? '*.spec.ts' : [],
  fullyParallel: true,
  workers: 2,
  forbidOnly: process.env.CI === 'true',
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: BASE_URL,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: 'node ../packages/cli/bin/jikim.js serve',
    url: `${BASE_URL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: dataDir, QUICK_EXIT_URL: NEUTRAL_URL, LOG_LEVEL: 'warn' },
  },
});
