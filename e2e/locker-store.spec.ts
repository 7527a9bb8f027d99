import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openHarness } from './harness/open-harness.js';

interface LockerHarness {
  create(passphrase: string): Promise<void>;
  unlock(passphrase: string): Promise<string>;
  lock(): void;
  addFile(id: string, title: string, saveItem: boolean): Promise<{ sha256: string; bytes: number; chunks: number }>;
  items(): Promise<string[]>;
  saveLegacyRecords(): Promise<void>;
  actors(): Promise<{ items: Record<string, unknown[]>; takedowns: Record<string, unknown[]> }>;
  fileSha256(id: string): Promise<string>;
  containsBytes(needle: string): Promise<boolean>;
  chunkItemIds(): Promise<string[]>;
  wipe(): Promise<(string | undefined)[]>;
}
declare global {
  interface Window { jikimLocker: LockerHarness }
}

test('the locker keeps files encrypted in IndexedDB, opens only with the passphrase, and wipes completely', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-locker-'));
  const canary = 'CANARY-지킴-1234';
  const file = path.join(dir, '증거 영상.mp4');
  fs.writeFileSync(file, Buffer.concat([Buffer.from(canary), randomBytes(1024 * 1024 + 77), Buffer.from(canary), randomBytes(1024 * 1024)]));
  try {
    await openHarness(page, 'locker-harness.ts', 'jikimLocker');
    const passphrase = '콩이는 우리 집 강아지';
    await page.evaluate((p) => window.jikimLocker.create(p), passphrase);
    await page.setInputFiles('#file', file);
    const stored = await page.evaluate((t) => window.jikimLocker.addFile('item-1', t, true), `제목 ${canary}`);
    const sha256sum = execFileSync('sha256sum', [file]).toString().split(' ')[0];
    expect(stored).toEqual({ sha256: sha256sum, bytes: fs.statSync(file).size, chunks: 3 });
    expect(await page.evaluate(() => window.jikimLocker.fileSha256('item-1'))).toBe(sha256sum);

    // Nothing readable at rest: not the file's bytes, not the item's title.
    expect(await page.evaluate((c) => window.jikimLocker.containsBytes(c), canary)).toBe(false);
    expect(await page.evaluate(() => window.jikimLocker.containsBytes('제목'))).toBe(false);

    // A file whose item was never written (the tab closed half-way) is swept at the next unlock.
    await page.evaluate(() => window.jikimLocker.addFile('orphan', 'x', false));
    expect(await page.evaluate(() => window.jikimLocker.chunkItemIds())).toEqual(['item-1', 'orphan']);
    await page.evaluate(() => window.jikimLocker.lock());
    expect(await page.evaluate(() => window.jikimLocker.unlock('콩이는 우리집 강아지'))).toBe('WrongPassphraseError');
    expect(await page.evaluate((p) => window.jikimLocker.unlock(p.normalize('NFD')), passphrase)).toBe('ok');
    expect(await page.evaluate(() => window.jikimLocker.items())).toEqual(['item-1']);
    expect(await page.evaluate(() => window.jikimLocker.chunkItemIds())).toEqual(['item-1']);
    expect(await page.evaluate(() => window.jikimLocker.fileSha256('item-1'))).toBe(sha256sum);

    // Wipe removes the database, keys and all.
    expect(await page.evaluate(() => window.jikimLocker.wipe())).not.toContain('jikim-locker');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('records kept before events named who made them open as the victim’s, beside new ones that name theirs', async ({ page }) => {
  await openHarness(page, 'locker-harness.ts', 'jikimLocker');
  const passphrase = '오래된 보관함 그대로 열기';
  await page.evaluate((p) => window.jikimLocker.create(p), passphrase);
  await page.evaluate(() => window.jikimLocker.saveLegacyRecords());
  await page.setInputFiles('#file', { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('new') });
  await page.evaluate(() => window.jikimLocker.addFile('new-item', '새 항목', true));
  await page.evaluate(() => window.jikimLocker.lock());
  expect(await page.evaluate((p) => window.jikimLocker.unlock(p), passphrase)).toBe('ok');
  expect(await page.evaluate(() => window.jikimLocker.actors())).toEqual({
    items: { 'legacy-item': [{ kind: 'victim' }], 'new-item': [{ kind: 'victim' }] },
    takedowns: { 'legacy-request': [{ kind: 'victim' }] },
  });
  await page.evaluate(() => window.jikimLocker.wipe());
});
