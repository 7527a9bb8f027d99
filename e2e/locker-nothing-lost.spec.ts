/**
 * Nothing lost without a word: the idle lock warns first and keeps half-typed text; a reload while
 * a file is stored asks first and the next unlock names what was not finished; one item can be
 * removed for good; a second tab follows what the first one does.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createLockerAt, openSection } from './locker-fixtures.js';
import { screenshotPath } from './support.js';

const PASSPHRASE = 'a long and memorable sentence kept apart';

async function unlock(page: Page, open: string) {
  await page.locator('#passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: open, exact: true }).click();
  await expect(page.locator('.locker-menu')).toBeVisible({ timeout: 30_000 });
}

/** Counts in the locker's own database, read as the browser holds it (values are sealed; only keys are compared). */
function rawCounts(page: Page, itemId: string) {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve) => { const r = indexedDB.open('jikim-locker'); r.onsuccess = () => resolve(r.result); });
    const keys = (store: string) => new Promise<IDBValidKey[]>((resolve) => { const r = db.transaction(store).objectStore(store).getAllKeys(); r.onsuccess = () => resolve(r.result); });
    const chunks = (await keys('chunks')).filter((k) => Array.isArray(k) && k[0] === id).length;
    const thumbs = (await keys('thumbs')).filter((k) => k === id).length;
    const items = (await keys('items')).length;
    const state = await new Promise<unknown[]>((resolve) => { const r = db.transaction('state').objectStore('state').getAll(); r.onsuccess = () => resolve(r.result); });
    db.close();
    const clear = JSON.stringify(state.map((row) => Array.from((row as { sealed: Uint8Array }).sealed)));
    return { chunks, thumbs, items, stateRows: state.length, clearText: /item-removed/u.test(new TextDecoder().decode(new Uint8Array(JSON.parse(clear).flat() as number[]))) };
  }, itemId);
}

test('idle lock: warned a minute before, "keep working" keeps it open, and half-typed text is back after unlocking (ko)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.clock.install();
  await createLockerAt(page, '/locker', PASSPHRASE);
  await openSection(page, '설정');
  await page.getByLabel('사용하지 않으면 자동으로 잠그기').selectOption('5');
  await openSection(page, '증거 추가');
  const add = page.locator('#section-add');
  const complaint = page.locator('#section-complaint');
  await add.getByRole('radio', { name: '온라인 게시물' }).check();
  await add.getByLabel('게시물 주소(URL)').fill('https://board.example/half-typed');
  await add.getByLabel('제목', { exact: true }).fill('반쯤 쓴 기록');
  await openSection(page, '고소장');
  await complaint.getByLabel('이름', { exact: true }).fill('김지킴');

  await page.clock.fastForward('04:01');
  const warning = page.getByRole('alert').filter({ hasText: '60초 뒤에 보관함이 잠겨요' });
  await expect(warning).toBeVisible();
  await page.screenshot({ path: screenshotPath('locker-idle-warning-ko') });
  await warning.getByRole('button', { name: '계속 작업하기' }).click();
  await expect(warning).toBeHidden();
  await page.clock.fastForward('03:00');
  await expect(page.locator('.locker-menu')).toBeVisible();

  await page.clock.fastForward('02:05');
  await expect(page.locator('.locker-notice')).toHaveText(/한동안/);
  await expect(page.locator('#passphrase')).toBeVisible();
  await unlock(page, '열기');
  await expect(page.getByText('잠기기 전에 쓰던 글을 되살렸어요')).toBeVisible();
  // Back where the person was, with what they typed.
  await expect(complaint.getByLabel('이름', { exact: true })).toHaveValue('김지킴');
  await expect(complaint.getByLabel('이름', { exact: true })).toBeVisible();
  await openSection(page, '증거 추가');
  await expect(add.getByRole('radio', { name: '온라인 게시물' })).toBeChecked();
  await expect(add.getByLabel('게시물 주소(URL)')).toHaveValue('https://board.example/half-typed');
  await expect(add.getByLabel('제목', { exact: true })).toHaveValue('반쯤 쓴 기록');
  // The draft is given back once: lock by hand, open again, the form is as the person left it and no notice repeats.
  await page.getByRole('button', { name: '지금 잠그기' }).click();
  await unlock(page, '열기');
  await expect(page.getByText('잠기기 전에 쓰던 글을 되살렸어요')).toHaveCount(0);
});

test('a reload while a file is being kept asks first, and the next unlock names the unfinished item (en)', async ({ page }) => {
  test.setTimeout(300_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-unfinished-'));
  const big = path.join(dir, 'long-video.mp4');
  execFileSync('truncate', ['-s', String(600 * 1024 * 1024), big]);
  try {
    await createLockerAt(page, '/en/locker', PASSPHRASE);
    await page.getByLabel('Choose the file to keep').setInputFiles(big);
    await page.getByLabel('Title', { exact: true }).fill('the long video');
    await page.getByRole('button', { name: 'Keep it', exact: true }).click();
    await expect(page.locator('.evidence-form .form-status')).toHaveText(/\d+%/, { timeout: 60_000 });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
    await unlock(page, 'Open');
    await expect(page.locator('.locker-notice', { hasText: 'still being kept' })).toContainText('the long video (long-video.mp4)');
    await expect(page.locator('.evidence-card')).toHaveCount(0);
    // Said once: the next unlock is quiet.
    await page.getByRole('button', { name: 'Lock now' }).click();
    await unlock(page, 'Open');
    await expect(page.locator('.locker-notice', { hasText: 'still being kept' })).toHaveCount(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

for (const locale of ['ko', 'en'] as const) {
  test(`one item removed for good after a confirmation, and a second tab follows without a reload (${locale})`, async ({ page, context }) => {
    test.setTimeout(120_000);
    const t = locale === 'ko'
      ? { path: '/locker', keep: '보관하기', evidence: '증거 목록', remove: '이 항목 지우기', confirm: '지우기', cancel: '그대로 두기', history: '보관함 기록', removed: '항목 하나를 지웠어요', open: '열기', fileInput: '보관할 파일 고르기', title: '제목', note: '메모' }
      : { path: '/en/locker', keep: 'Keep it', evidence: 'Evidence', remove: 'Remove this item', confirm: 'Remove', cancel: 'Don’t remove', history: 'Locker history', removed: 'An item was removed', open: 'Open', fileInput: 'Choose the file to keep', title: 'Title', note: 'Note' };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-remove-'));
    const photo = path.join(dir, 'private.jpg');
    execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=320x240', '-frames:v', '1', photo]);
    try {
      await createLockerAt(page, t.path, PASSPHRASE);
      const second = await context.newPage();
      await second.goto(t.path);
      await unlock(second, t.open);
      await expect(second.locator('.evidence-card')).toHaveCount(0);

      await page.getByLabel(t.fileInput).setInputFiles(photo);
      await page.getByLabel(t.title, { exact: true }).fill('not evidence');
      await page.getByRole('button', { name: t.keep, exact: true }).click();
      await expect(page.locator('.evidence-card')).toHaveCount(1, { timeout: 30_000 });
      await page.getByRole('radio', { name: t.note }).check();
      await page.getByLabel(t.title, { exact: true }).fill('what happened');
      await page.getByRole('button', { name: t.keep, exact: true }).click();
      await expect(page.locator('.evidence-card')).toHaveCount(2, { timeout: 30_000 });
      // The other tab shows both, without a reload.
      await expect(second.locator('.evidence-card')).toHaveCount(2);

      await openSection(page, t.evidence);
      const card = page.locator('.evidence-card', { has: page.locator('h3', { hasText: 'not evidence' }) });
      const id = String(await card.getAttribute('data-item-id'));
      expect(await rawCounts(page, id)).toMatchObject({ chunks: 1, thumbs: 1, items: 2 });
      await card.getByRole('button', { name: t.remove }).click();
      await card.getByRole('alertdialog').getByRole('button', { name: t.cancel }).click();
      await expect(page.locator('.evidence-card')).toHaveCount(2);
      await card.getByRole('button', { name: t.remove }).click();
      await expect(card.getByRole('alertdialog')).toContainText('not evidence');
      await page.screenshot({ path: screenshotPath(`locker-remove-confirm-${locale}`) });
      await card.getByRole('alertdialog').getByRole('button', { name: t.confirm, exact: true }).click();
      await expect(page.locator('.evidence-card')).toHaveCount(1);
      await expect(second.locator('.evidence-card')).toHaveCount(1);
      // Its bytes, its preview and its record are gone from the database; the log says only that something was removed.
      // Four sealed records of the locker's own remain: its log, its index, its help-request record and its "Protect my
      // images" record (each held, empty, by every locker so that none shows whether help was asked for or fingerprints
      // were sent; decision 0016).
      expect(await rawCounts(page, id)).toEqual({ chunks: 0, thumbs: 0, items: 1, stateRows: 4, clearText: false });
      await page.locator('details.history', { hasText: t.history }).locator('summary').click();
      await expect(page.locator('details.history', { hasText: t.history }).locator('li')).toHaveText([new RegExp(t.removed)]);
      await expect(page.locator('details.history', { hasText: t.history })).not.toContainText('not evidence');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
