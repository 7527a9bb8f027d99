/**
 * Against someone who picks up the phone: lock, wipe and quick exit in one tab reach every tab; a
 * wipe held up by a window that does not let go is reported; one damaged record never hides the
 * others.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createLockerAt, openSection } from './locker-fixtures.js';
import { NEUTRAL_URL } from './playwright.config.js';
import { serveNeutralSite } from './support.js';

const PASSPHRASE = 'a long and memorable sentence in two tabs';

async function unlock(page: Page, open: string) {
  await page.locator('#passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: open, exact: true }).click();
  await expect(page.locator('.locker-menu')).toBeVisible({ timeout: 30_000 });
}

async function keepNote(page: Page, title: string, keep: string, note: string) {
  const add = page.locator('#section-add');
  const before = await page.locator('.evidence-card').count();
  await add.getByRole('radio', { name: note }).check();
  await add.locator('#add-title').fill(title);
  await add.getByRole('button', { name: keep, exact: true }).click();
  await expect(page.locator('.evidence-card')).toHaveCount(before + 1, { timeout: 30_000 });
}

const databases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

test('lock, wipe and quick exit in one tab reach the other tabs at once (ko)', async ({ page, context }) => {
  test.setTimeout(120_000);
  await serveNeutralSite(page);
  await createLockerAt(page, '/locker', PASSPHRASE);
  await keepNote(page, '두 창에서 보이는 기록', '보관하기', '메모');
  const other = await context.newPage();
  await other.goto('/locker');
  await unlock(other, '열기');
  await expect(other.locator('.evidence-card')).toHaveCount(1);

  // Locking by hand in one tab locks the other: nothing decrypted stays on its screen.
  await page.getByRole('button', { name: '지금 잠그기' }).click();
  await expect(other.locator('#passphrase')).toBeVisible();
  await expect(other.locator('.evidence-card')).toHaveCount(0);
  await expect(other.locator('.locker-notice').first()).toHaveText(/다른 창에서 보관함을 잠가서/);

  // Wipe with the other tab open: it finishes, and the other tab is left with nothing.
  await unlock(page, '열기');
  await unlock(other, '열기');
  await openSection(page, '설정');
  await page.getByRole('button', { name: '보관함 모두 지우기' }).click();
  await page.getByRole('button', { name: '네, 모두 지울게요' }).click();
  await expect(page.locator('.locker-notice').first()).toHaveText('보관함을 모두 지웠어요.', { timeout: 10_000 });
  await expect(other.locator('#new-passphrase')).toBeVisible();
  await expect(other.locator('.evidence-card')).toHaveCount(0);
  await expect(other.locator('.locker-notice').first()).toHaveText(/다른 창에서 보관함을 모두 지웠어요/);
  expect(await databases(page)).toEqual([]);

  // Quick exit in one tab: every Jikim tab leaves, a guide page as well as the locker.
  await createLockerAt(page, '/locker', PASSPHRASE);
  const guide = await context.newPage();
  await guide.goto('/guide/threat');
  await other.goto('/locker');
  await unlock(other, '열기');
  await page.getByRole('link', { name: '빠른 나가기' }).click();
  await expect(page).toHaveURL(NEUTRAL_URL);
  await expect(other).toHaveURL(NEUTRAL_URL);
  await expect(guide).toHaveURL(NEUTRAL_URL);
});

test('a wipe held up by a window that keeps the locker open says so, and completes once that window lets go (en)', async ({ page, context }) => {
  test.setTimeout(120_000);
  await createLockerAt(page, '/en/locker', PASSPHRASE);
  await keepNote(page, 'kept', 'Keep it', 'Note');
  // A window that holds the database and ignores requests to close (an old version of the app, say).
  const stubborn = await context.newPage();
  await stubborn.goto('/en/about');
  await stubborn.evaluate(() => new Promise<void>((resolve) => {
    const request = indexedDB.open('jikim-locker');
    request.onsuccess = () => {
      Object.assign(window, { heldDb: request.result });
      resolve();
    };
  }));
  await openSection(page, 'Settings');
  await page.getByRole('button', { name: 'Wipe the whole locker' }).click();
  await page.getByRole('button', { name: 'Yes, wipe everything' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be wiped completely yet' })).toBeVisible({ timeout: 10_000 });
  await stubborn.evaluate(() => (window as unknown as { heldDb: IDBDatabase }).heldDb.close());
  await expect.poll(() => databases(page), { timeout: 10_000 }).toEqual([]);
});

test('one damaged record does not hide the others: every intact item is shown, with how many are damaged (en)', async ({ page }) => {
  test.setTimeout(120_000);
  await createLockerAt(page, '/en/locker', PASSPHRASE);
  for (const title of ['first', 'second', 'third']) await keepNote(page, title, 'Keep it', 'Note');
  const ids = await page.locator('.evidence-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-item-id') ?? ''));
  await page.getByRole('button', { name: 'Lock now' }).click();
  // Someone swaps one record's ciphertext for another's, without the passphrase.
  await page.evaluate(async ([victim, donor]) => {
    const db = await new Promise<IDBDatabase>((resolve) => { const r = indexedDB.open('jikim-locker'); r.onsuccess = () => resolve(r.result); });
    const store = db.transaction('items', 'readwrite').objectStore('items');
    const from = await new Promise<{ sealed: Uint8Array }>((resolve) => { const r = store.get(donor ?? ''); r.onsuccess = () => resolve(r.result as { sealed: Uint8Array }); });
    await new Promise<void>((resolve) => { const r = store.put({ id: victim, sealed: from.sealed }); r.onsuccess = () => resolve(); });
    db.close();
  }, [ids[0], ids[1]]);
  await unlock(page, 'Open');
  await openSection(page, 'Evidence');
  await expect(page.locator('.evidence-card')).toHaveCount(2);
  await expect(page.getByRole('alert').filter({ hasText: '1 record is damaged' })).toBeVisible();
  await expect(page.locator(`.evidence-card[data-item-id="${String(ids[1])}"]`)).toBeVisible();
  await expect(page.locator(`.evidence-card[data-item-id="${String(ids[2])}"]`)).toBeVisible();
});

test('saving an original asks first and names it neutrally; the wipe screen lists it; switching apps hides the open locker; back after the idle time it is locked; a lock revokes every object URL (en)', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-veil-'));
  const photo = path.join(dir, 'photo.jpg');
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=320x240', '-frames:v', '1', photo]);
  const setVisibility = (state: 'hidden' | 'visible') => page.evaluate((value) => {
    Object.defineProperty(document, 'visibilityState', { value, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
  try {
    await page.clock.install();
    await createLockerAt(page, '/en/locker', PASSPHRASE);
    await page.getByLabel('Choose the file to keep').setInputFiles(photo);
    await page.getByRole('button', { name: 'Keep it', exact: true }).click();
    await openSection(page, 'Evidence');
    const preview = page.locator('#section-evidence .preview img');
    await expect(preview).toHaveAttribute('src', /^blob:/, { timeout: 30_000 });
    const previewUrl = String(await preview.getAttribute('src'));
    await page.getByRole('button', { name: 'Save the original file' }).click();
    // Asked first: the copy lies outside the locker, unencrypted, under a name that says nothing.
    await expect(page.getByRole('alertdialog')).toContainText('not encrypted');
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save it', exact: true }).click()]);
    expect(saved.suggestedFilename()).toMatch(/^file-\d{8}-\d{4}\.jpg$/u);
    const downloadUrl = saved.url();
    expect(downloadUrl).toMatch(/^blob:/);
    // The wipe screen says what stays outside the locker, naming what was saved from this window.
    await openSection(page, 'Settings');
    await page.getByRole('button', { name: 'Wipe the whole locker' }).click();
    await expect(page.getByRole('alertdialog')).toContainText('are not wiped with it');
    await expect(page.getByRole('alertdialog')).toContainText(`Saved from this window: ${saved.suggestedFilename()}`);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Do not wipe', exact: true }).click();
    // "Protect my images" stays mounted while hidden, its photo listed, but has decrypted no preview: it was never shown…
    const protectItem = page.locator('#section-protect .protect-media-item');
    await expect(protectItem).toHaveCount(1);
    await expect(protectItem.locator('.preview')).toHaveCount(0);
    // …until it is: then the same photo's blurred preview is an object URL of its own, kept while the section is hidden again.
    await openSection(page, 'Protect my images');
    const protectPreview = protectItem.locator('.preview img');
    await expect(protectPreview).toHaveAttribute('src', /^blob:/, { timeout: 30_000 });
    const protectPreviewUrl = String(await protectPreview.getAttribute('src'));
    await openSection(page, 'Evidence');
    await expect(protectPreview).toHaveAttribute('src', protectPreviewUrl);

    await setVisibility('hidden');
    await expect(page.locator('.locker-open')).toHaveCSS('visibility', 'hidden');
    await setVisibility('visible');
    await expect(page.locator('.locker-open')).toHaveCSS('visibility', 'visible');
    // Away longer than the idle time (5 minutes by default) while the timers slept: back, it is locked.
    await setVisibility('hidden');
    await page.clock.setSystemTime(Date.now() + 6 * 60_000);
    await setVisibility('visible');
    await expect(page.locator('#passphrase')).toBeVisible();

    const alive = (url: string) => page.evaluate(async (u) => fetch(u).then(() => true, () => false), url);
    expect(await alive(previewUrl)).toBe(false);
    expect(await alive(protectPreviewUrl)).toBe(false);
    expect(await alive(downloadUrl)).toBe(false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** Raw access to the locker's database, as someone with the phone but without the passphrase has. */
const raw = {
  get: (page: Page, store: string, key: string): Promise<unknown> => page.evaluate(async ([s, k]: [string, string]) => {
    const db = await new Promise<IDBDatabase>((resolve) => { const r = indexedDB.open('jikim-locker'); r.onsuccess = () => resolve(r.result); });
    const value = await new Promise<unknown>((resolve) => { const r = db.transaction(s).objectStore(s).get(k); r.onsuccess = () => resolve(r.result); });
    db.close();
    return value;
  }, [store, key] as [string, string]),
  put: (page: Page, store: string, value: unknown) => page.evaluate(async ([s, v]: [string, unknown]) => {
    const db = await new Promise<IDBDatabase>((resolve) => { const r = indexedDB.open('jikim-locker'); r.onsuccess = () => resolve(r.result); });
    await new Promise<void>((resolve) => { const r = db.transaction(s, 'readwrite').objectStore(s).put(v); r.onsuccess = () => resolve(); });
    db.close();
  }, [store, value] as [string, unknown]),
  remove: (page: Page, store: string, key: string) => page.evaluate(async ([s, k]: [string, string]) => {
    const db = await new Promise<IDBDatabase>((resolve) => { const r = indexedDB.open('jikim-locker'); r.onsuccess = () => resolve(r.result); });
    await new Promise<void>((resolve) => { const r = db.transaction(s, 'readwrite').objectStore(s).delete(k); r.onsuccess = () => resolve(); });
    db.close();
  }, [store, key] as [string, string]),
  sizes: (page: Page, itemId: string) => page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve) => { const r = indexedDB.open('jikim-locker'); r.onsuccess = () => resolve(r.result); });
    const all = (s: string) => new Promise<{ itemId?: string; id?: string; sealed: Uint8Array }[]>((resolve) => { const r = db.transaction(s).objectStore(s).getAll(); r.onsuccess = () => resolve(r.result as never); });
    const sizes = {
      item: (await all('items')).filter((row) => row.id === id).map((row) => row.sealed.length),
      thumb: (await all('thumbs')).filter((row) => row.itemId === id).map((row) => row.sealed.length),
      chunks: (await all('chunks')).filter((row) => row.itemId === id).map((row) => row.sealed.length),
    };
    db.close();
    return sizes;
  }, itemId),
};

test('a record deleted or put back to an older copy without the passphrase is reported at unlock, until the person accepts it (en)', async ({ page }) => {
  test.setTimeout(120_000);
  await createLockerAt(page, '/en/locker', PASSPHRASE);
  await keepNote(page, 'first', 'Keep it', 'Note');
  await keepNote(page, 'second', 'Keep it', 'Note');
  const idOf = (title: string) => page.locator('.evidence-card', { has: page.locator('h3', { hasText: new RegExp(`^${title}$`, 'u') }) }).getAttribute('data-item-id');
  const first = String(await idOf('first'));
  const second = String(await idOf('second'));
  const before = await raw.get(page, 'items', first);
  await openSection(page, 'Evidence');
  const card = page.locator(`.evidence-card[data-item-id="${first}"]`);
  await card.getByRole('button', { name: 'Correct the details' }).click();
  await card.locator('textarea[name="description"]').fill('added later');
  await card.getByRole('button', { name: 'Save the correction' }).click();
  await expect(card).toContainText('added later');
  await page.getByRole('button', { name: 'Lock now' }).click();
  // Without the passphrase: the first record put back to its older copy, the second deleted.
  await raw.put(page, 'items', before);
  await raw.remove(page, 'items', second);
  await unlock(page, 'Open');
  const alert = page.getByRole('alert').filter({ hasText: 'tampered' });
  await expect(alert).toContainText('1 record is missing');
  await expect(alert).toContainText('1 record has been put back to an older copy');
  // Still there at the next unlock, until accepted; then quiet.
  await page.getByRole('button', { name: 'Lock now' }).click();
  await unlock(page, 'Open');
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'I have seen this' }).click();
  await expect(alert).toHaveCount(0);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await unlock(page, 'Open');
  await expect(page.getByRole('alert').filter({ hasText: 'tampered' })).toHaveCount(0);
});

test('without the passphrase, the database shows size classes only: a note and a small photo leave the same records (en)', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-pad-'));
  const photo = path.join(dir, 'small.jpg');
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=320x240', '-frames:v', '1', photo]);
  try {
    await createLockerAt(page, '/en/locker', PASSPHRASE);
    await page.getByLabel('Choose the file to keep').setInputFiles(photo);
    await page.getByLabel('Title', { exact: true }).fill('photo');
    await page.getByRole('button', { name: 'Keep it', exact: true }).click();
    await expect(page.locator('.evidence-card')).toHaveCount(1, { timeout: 30_000 });
    await keepNote(page, 'a note', 'Keep it', 'Note');
    const ids = await page.locator('.evidence-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-item-id') ?? ''));
    const [a, b] = await Promise.all(ids.map((id) => raw.sizes(page, id)));
    expect(a).toEqual(b);
    expect(a?.thumb).toEqual([64 * 1024 + 4 + 29]);
    expect(a?.chunks).toEqual([64 * 1024 + 4 + 29]);
    expect(a?.item).toEqual([4 * 1024 + 4 + 29]);
    expect(fs.statSync(photo).size).toBeLessThan(64 * 1024);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
