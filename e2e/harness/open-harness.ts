import path from 'node:path';
import type { Page } from '@playwright/test';
import * as esbuild from 'esbuild';
import { BASE_URL } from '../playwright.config.js';

/**
 * Serves a test-only page on the app's own origin whose script is `entry` (a file in this folder)
 * bundled on the fly, so a spec can drive browser modules with real files and real storage. The
 * script announces itself by setting `window[globalName]`.
 */
export async function openHarness(page: Page, entry: string, globalName: string): Promise<void> {
  const bundle = await esbuild.build({
    entryPoints: [path.join(import.meta.dirname, entry)],
    bundle: true, format: 'esm', write: false, target: 'chrome120',
  });
  const js = bundle.outputFiles[0]?.text ?? '';
  await page.route(`${BASE_URL}/__harness`, (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><html lang="en"><title>harness</title><input id="file" type="file" multiple><script type="module" src="/__harness.js"></script>',
  }));
  await page.route(`${BASE_URL}/__harness.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: js }));
  await page.goto('/__harness');
  await page.waitForFunction((name) => name in window, globalName);
}
