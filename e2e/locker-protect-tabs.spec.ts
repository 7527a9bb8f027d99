/**
 * "Protect my images" follows the locker's other open tabs, as its items do: at 360 px, in Korean and
 * in English, two tabs of one browser have the same locker open; one sends a kept photo's
 * fingerprints, and the other, without a reload or a lock, shows "Fingerprints sent" on the photo (in
 * the section and on its evidence card) and the submission with its kept code; the first withdraws
 * them, and the other shows the withdrawal.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startConsoleServer, type ConsoleServer } from './console-fixtures.js';
import { createLockerAt, openSection } from './locker-fixtures.js';
import { PORT } from './playwright.config.js';
import { makePhotos, type Photo } from './protect-fixtures.js';
import { screenshotPath } from './support.js';

const TABS_PORT = Number(process.env.JIKIM_E2E_LOCKER_PROTECT_TABS_PORT ?? PORT + 13);

const L = {
  ko: {
    path: '/locker', protect: '내 사진·영상 지키기', add: '증거 추가', file: '파일', fileInput: '보관할 파일 고르기', title: '제목', keep: '보관하기',
    make: '지문 만들기', review: '보낼 내용 확인하기', send: '지문 보내기', kept: '번호와 PIN을 보관함에 보관했어요.', done: '다 했어요',
    sentNote: '지문을 보냈어요 · ', entry: '사진 1장', check: '확인하거나 거두기', withdraw: '모두 거두기', confirm: '네, 모두 거둘게요',
    withdrawn: '모두 거두었어요.', withdrawnOn: '에 거두었어요',
  },
  en: {
    path: '/en/locker', protect: 'Protect my images', add: 'Add evidence', file: 'File', fileInput: 'Choose the file to keep', title: 'Title', keep: 'Keep it',
    make: 'Make fingerprints', review: 'Review what will be sent', send: 'Send the fingerprints', kept: 'The code and PIN are kept in your locker.', done: 'Done',
    sentNote: 'Fingerprints sent · ', entry: '1 photo', check: 'Check or withdraw', withdraw: 'Withdraw all', confirm: 'Yes, withdraw all',
    withdrawn: 'All withdrawn.', withdrawnOn: 'Withdrawn on ',
  },
} as const;

const PASSPHRASE = 'a long and memorable sentence open in two tabs';

test.describe.configure({ mode: 'default' });

let server: ConsoleServer;
let dir: string;
let photos: Photo[];
test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-locker-protect-tabs-'));
  photos = makePhotos(dir, 1);
  server = await startConsoleServer(TABS_PORT, 'locker-protect-tabs');
});
test.afterAll(async () => {
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function unlock(page: Page): Promise<void> {
  await page.locator('#passphrase').fill(PASSPHRASE);
  await page.locator('#passphrase').press('Enter');
  await expect(page.locator('.locker-menu')).toBeVisible({ timeout: 30_000 });
}

for (const locale of ['ko', 'en'] as const) {
  const l = L[locale];
  test(`fingerprints sent, and withdrawn, in one tab show in the other without a reload or a lock (${locale})`, async ({ page, context }) => {
    test.setTimeout(180_000);
    const title = `kept photo ${locale}`;
    await page.setViewportSize({ width: 360, height: 740 });
    await createLockerAt(page, `${server.origin}${l.path}`, PASSPHRASE);
    await openSection(page, l.add);
    const form = page.locator('#section-add');
    await form.getByRole('radio', { name: l.file, exact: true }).check();
    await form.getByLabel(l.fileInput).setInputFiles(photos[0]?.file ?? '');
    await form.getByLabel(l.title, { exact: true }).fill(title);
    await form.getByRole('button', { name: l.keep, exact: true }).click();
    await expect(page.locator('.evidence-card')).toHaveCount(1, { timeout: 60_000 });

    // The other tab: the same locker, unlocked, on "Protect my images"; nothing sent yet.
    const other = await context.newPage();
    await other.setViewportSize({ width: 360, height: 740 });
    await other.goto(`${server.origin}${l.path}`);
    await unlock(other);
    await openSection(other, l.protect);
    const otherOption = other.locator('#section-protect .protect-media-item').filter({ hasText: title });
    const otherKept = other.locator('#section-protect .protect-kept');
    const otherCardNote = other.locator('.evidence-card .protect-sent-note');
    await expect(otherOption).toHaveCount(1);
    await expect(otherOption).not.toContainText(l.sentNote);
    await expect(otherKept).toHaveCount(0);
    await expect(otherCardNote).toHaveCount(0);

    // The first tab sends the photo's fingerprints and keeps the code.
    await openSection(page, l.protect);
    const section = page.locator('#section-protect');
    await section.getByRole('checkbox', { name: title }).check();
    await section.getByRole('button', { name: l.make }).click();
    await expect(section.locator('.protect-file[data-file-state="done"]')).toHaveCount(1, { timeout: 60_000 });
    await section.getByRole('button', { name: l.review }).click();
    await section.getByRole('button', { name: l.send }).click();
    await expect(section.getByRole('status').filter({ hasText: l.kept })).toBeVisible({ timeout: 30_000 });

    // The other tab follows: the photo's note, its evidence card's, and the submission with its kept code.
    await expect(otherOption).toContainText(l.sentNote);
    await expect(otherCardNote).toHaveCount(1);
    await expect(otherCardNote).toContainText(l.sentNote);
    await expect(otherKept.locator('li[data-submission]')).toHaveCount(1);
    await expect(otherKept.locator('li[data-submission]')).toContainText(l.entry);
    await expect(otherKept.getByRole('button', { name: l.check, exact: true })).toBeVisible();
    await other.screenshot({ path: screenshotPath(`locker-protect-tabs-${locale}-other-sent`), fullPage: true });

    // The first tab withdraws them; the other shows the withdrawal, and the note goes.
    await section.getByRole('button', { name: l.done, exact: true }).click();
    const kept = section.locator('.protect-kept');
    await kept.getByRole('button', { name: l.check, exact: true }).click();
    await kept.getByRole('button', { name: l.withdraw }).click();
    await kept.getByRole('button', { name: l.confirm }).click();
    await expect(kept.locator('.protect-state')).toContainText(l.withdrawn, { timeout: 30_000 });
    await expect(otherKept.locator('li[data-submission]')).toContainText(l.withdrawnOn);
    await expect(otherOption).not.toContainText(l.sentNote);
    await expect(otherCardNote).toHaveCount(0);
    await other.screenshot({ path: screenshotPath(`locker-protect-tabs-${locale}-other-withdrawn`), fullPage: true });
  });
}
