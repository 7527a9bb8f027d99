import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { sha256sum } from './locker-fixtures.js';
import { BASE_URL, CHROMIUM, CHROMIUM_ARGS } from './playwright.config.js';

const PASSPHRASE = 'a long and memorable sentence';
const GiB = 1024 * 1024 * 1024;
let dir: string;
test.beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-hostile-')); });
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function openLocker(page: Page, create: boolean) {
  await page.goto('/en/locker');
  if (create) {
    await page.locator('#new-passphrase').fill(PASSPHRASE);
    await page.locator('#confirm-passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create the locker' }).click();
  } else {
    await page.locator('#passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
  }
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 30_000 });
}

async function keepFile(page: Page, file: string, title: string) {
  await page.locator('#evidence-file').setInputFiles(file);
  await page.locator('#add-title').fill(title);
  await page.getByRole('button', { name: 'Keep it' }).click();
}

const card = (page: Page, title: string) => page.locator('.evidence-card', { has: page.getByRole('heading', { name: title }) });

test('a zero-byte file is refused with a reason unless the person insists, and a file whose extension lies is kept truthfully', async ({ page }) => {
  const empty = path.join(dir, 'empty.txt');
  fs.writeFileSync(empty, '');
  const liar = path.join(dir, 'holiday.jpg');
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=64x64', '-frames:v', '1', '-f', 'image2', '-c:v', 'png', liar]);
  await openLocker(page, true);
  await keepFile(page, empty, 'empty');
  await expect(page.locator('.evidence-form .form-error')).toContainText('empty (0 bytes)');
  await expect(page.locator('.evidence-card')).toHaveCount(0);
  await page.getByLabel('Keep the empty file anyway').check();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await page.locator('.locker-menu').getByRole('button', { name: 'Evidence', exact: true }).click();
  await expect(card(page, 'empty').locator('code.sha256')).toHaveText('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', { timeout: 30_000 });
  await page.locator('.locker-menu').getByRole('button', { name: 'Add evidence', exact: true }).click();
  await keepFile(page, liar, 'liar');
  await expect(page.locator('.evidence-form .form-status')).toHaveText('Kept.', { timeout: 30_000 });
  await page.locator('.locker-menu').getByRole('button', { name: 'Evidence', exact: true }).click();
  // The type comes from the bytes (a PNG), whatever the name says.
  await expect(card(page, 'liar').locator('.evidence-kind')).toContainText('photo');
  await expect(card(page, 'liar')).toContainText('does not match what the file really is');
});

test('a full device gives a clear message and keeps nothing half-saved', async ({ page }) => {
  const file = path.join(dir, 'too-big.mp4');
  execFileSync('truncate', ['-s', String(40 * 1024 * 1024), file]);
  // Chromium lets a test shrink this origin's storage quota, as a nearly full phone would
  // (it must be set before the origin first uses storage).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: BASE_URL, quotaSize: 8 * 1024 * 1024 });
  await openLocker(page, true);
  await keepFile(page, file, 'too big');
  await expect(page.locator('.evidence-form .form-error')).toContainText('not enough space', { timeout: 120_000 });
  await expect(page.locator('.evidence-card')).toHaveCount(0);
  const chunks = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => { const r = indexedDB.open('jikim-locker'); r.onsuccess = () => resolve(r.result); });
    const count = await new Promise<number>((resolve) => { const r = db.transaction('chunks').objectStore('chunks').count(); r.onsuccess = () => resolve(r.result); });
    db.close();
    return count;
  });
  expect(chunks).toBe(0);
});

test('a 2 GB file is hashed and kept in a stream, and a tab closed half-way leaves no item', async () => {
  test.setTimeout(900_000);
  const big = path.join(dir, 'big-video.mp4');
  execFileSync('truncate', ['-s', String(2 * GiB + 12_345), big]);
  // A real profile on disk, as a person's browser has: the test's default private contexts keep
  // IndexedDB in memory, which no phone does.
  const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: CHROMIUM, args: [...CHROMIUM_ARGS], baseURL: BASE_URL,
  });
  const page = await context.newPage();
  await openLocker(page, true);

  await keepFile(page, big, 'interrupted');
  await expect(page.locator('.evidence-form .form-status')).toHaveText(/\b([3-9]|[1-9]\d)%/, { timeout: 300_000 });
  await page.close();

  const again = await context.newPage();
  await openLocker(again, false);
  await expect(again.locator('.evidence-card')).toHaveCount(0);
  // The next unlock names what was not finished.
  await expect(again.locator('.locker-notice', { hasText: 'still being kept' })).toContainText('interrupted (big-video.mp4)');
  await again.locator('.locker-menu').getByRole('button', { name: 'Add evidence', exact: true }).click();

  await keepFile(again, big, 'the big video');
  await expect(again.locator('.evidence-form .form-status')).toHaveText('Kept.', { timeout: 800_000 });
  await again.locator('.locker-menu').getByRole('button', { name: 'Evidence', exact: true }).click();
  await expect(card(again, 'the big video').locator('code.sha256')).toHaveText(sha256sum(big));
  await expect(card(again, 'the big video')).toContainText('2,147,495,993');
  await context.close();
});
