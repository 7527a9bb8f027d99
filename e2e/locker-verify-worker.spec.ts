/**
 * Issue 10: the locker checks a bundle in a Web Worker served from Jikim's own origin (the CSP
 * allows it: script-src 'self', no worker-src), so quick exit works at once while a hostile bundle
 * is being read; the report names what the bundle holds with bidi overrides and control
 * characters shown as escapes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_BUNDLES } from '../packages/evidence/test/hostile-bundles.js';
import { writeRawZip } from '../packages/evidence/test/fixtures.js';
import { NEUTRAL_URL } from './playwright.config.js';
import { serveNeutralSite } from './support.js';

const PASSPHRASE = 'a long and memorable sentence for the checks';
let dir: string;
test.beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-verify-worker-')); });
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function openSettings(page: Page) {
  await page.goto('/en/locker');
  await page.locator('#new-passphrase').fill(PASSPHRASE);
  await page.locator('#confirm-passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create the locker' }).click();
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 30_000 });
  await page.locator('.locker-menu').getByRole('button', { name: 'Settings', exact: true }).click();
}

function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/iu.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('the check runs in a worker from our origin and shows names escaped', async ({ page }) => {
  const violations = watchCsp(page);
  await openSettings(page);
  const bundle = path.join(dir, 'disguised.zip');
  // An entry whose name a bidi override would show as "files/evilexe.jpg", and a manifest key with ESC.
  writeRawZip(bundle, [
    { name: 'manifest.json', data: Buffer.from('{"\\u001b[2J":1}') },
    { name: 'files/evil\u202egpj.exe', data: Buffer.from('MZ') },
  ]);
  const worker = page.waitForEvent('worker');
  await page.locator('#verify-file').setInputFiles(bundle);
  expect((await worker).url()).toMatch(/\/assets\/verify-worker-[A-Z0-9]+\.js$/u);
  await expect(page.locator('.verify-result.bad')).toBeVisible({ timeout: 60_000 });
  const extra = page.locator('.verify-result tr[data-status="extra"] th');
  await expect(extra).toHaveText('files/evil\\u202egpj.exe');
  await expect(page.locator('.verify-result li', { hasText: 'Unrecognized key: "\\x1b[2J"' })).toHaveCount(1);
  const text = await page.locator('.verify-result').innerText();
  // eslint-disable-next-line no-control-regex
  expect(text).not.toMatch(/[\u202e\u001b]/u);
  expect(violations).toEqual([]);
});

test('quick exit leaves at once while a hostile bundle is being checked', async ({ page }) => {
  await serveNeutralSite(page);
  await openSettings(page);
  // A manifest listing 24,000 files that are not there: seconds of reading, all in the worker.
  const bundle = HOSTILE_BUNDLES['many-missing'](path.join(dir, 'missing.zip'), { count: 24_000 });
  const worker = page.waitForEvent('worker');
  await page.locator('#verify-file').setInputFiles(bundle);
  await worker;
  await expect(page.locator('section[aria-labelledby="verify-title"] .form-status')).toHaveText('Checking…');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL_URL);
});

test('a hostile bundle checked to the end: the first 20 missing files, and how many more', async ({ page }) => {
  const violations = watchCsp(page);
  await openSettings(page);
  const bundle = HOSTILE_BUNDLES['many-missing'](path.join(dir, 'missing-report.zip'), { count: 24_000 });
  await page.locator('#verify-file').setInputFiles(bundle);
  await expect(page.locator('.verify-result.bad')).toBeVisible({ timeout: 120_000 });
  await expect(page.locator('.verify-result tr[data-status="missing"]')).toHaveCount(20);
  await expect(page.locator('.verify-result li', { hasText: '… and 23980 more files the manifest lists are missing' })).toHaveCount(1);
  await expect(page.locator('.verify-result li', { hasText: '… and 23980 more problems' })).toHaveCount(1);
  expect(violations).toEqual([]);
});

test('bringing a bundle in checks it in the worker too, and quick exit leaves at once meanwhile', async ({ page }) => {
  await serveNeutralSite(page);
  await openSettings(page);
  const bundle = HOSTILE_BUNDLES['many-missing'](path.join(dir, 'import-missing.zip'), { count: 24_000 });
  const worker = page.waitForEvent('worker');
  await page.locator('#import-file').setInputFiles(bundle);
  expect((await worker).url()).toMatch(/\/assets\/verify-worker-[A-Z0-9]+\.js$/u);
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL_URL);
});
