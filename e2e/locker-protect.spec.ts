/**
 * "Protect my images" from the locker (issue 14), against the real server, at 360 px, in Korean and
 * in English, in one sitting: a locker keeps two photos and a short video; the person opens "Protect
 * my images", chooses all three (none chosen at first), sees them fingerprinted with progress,
 * reviews, sends, sees the code and PIN kept in the locker; locks and unlocks; checks the status
 * from the locker without typing the code; withdraws; sees it withdrawn. Only hashes leave the
 * device: every request body is recorded, no slice of any file's bytes is in any of them, and the
 * submission holds the MD5 and PDQ values Node computes from the photos' pixels.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseVpdqText } from '@jikim/pdq';
import { expect, test, type Page, type Request } from '@playwright/test';
import { expectAccessible, startConsoleServer, type ConsoleServer } from './console-fixtures.js';
import { createLockerAt, openSection } from './locker-fixtures.js';
import { PORT } from './playwright.config.js';
import { expectNoFileBytes, makePhotos, md5, shortVideo, type Photo, type Sent } from './protect-fixtures.js';
import { screenshotPath } from './support.js';

const L = {
  ko: {
    path: '/locker', protect: '내 사진·영상 지키기', add: '증거 추가', evidence: '증거 목록', keep: '보관하기', file: '파일', fileInput: '보관할 파일 고르기', title: '제목',
    make: '지문 만들기', nothingChosen: '지킬 사진이나 영상을 하나 이상 골라 주세요.', review: '보낼 내용 확인하기', reviewTitle: '보낼 내용 확인', send: '지문 보내기',
    sentTitle: '보냈어요. 번호를 적어 두세요', keepCode: '이 번호와 PIN을 보관함에 함께 보관하기', kept: '번호와 PIN을 보관함에 보관했어요.', done: '다 했어요',
    sentNote: '지문을 보냈어요 · ', lockNow: '지금 잠그기', check: '확인하거나 거두기', statusTitle: '보낸 지문의 상태', noMatches: '아직 일치한 적 없어요',
    withdraw: '모두 거두기', confirmTitle: '지문을 모두 거둘까요?', confirm: '네, 모두 거둘게요', withdrawn: '모두 거두었어요.', withdrawnOn: '에 거두었어요',
    counts: ['사진', '2장', '영상', '1개', '지문', '20개'], entry: '사진 2장, 영상 1개',
  },
  en: {
    path: '/en/locker', protect: 'Protect my images', add: 'Add evidence', evidence: 'Evidence', keep: 'Keep it', file: 'File', fileInput: 'Choose the file to keep', title: 'Title',
    make: 'Make fingerprints', nothingChosen: 'Please choose at least one photo or video.', review: 'Review what will be sent', reviewTitle: 'What will be sent', send: 'Send the fingerprints',
    sentTitle: 'Sent. Write down your code', keepCode: 'Keep this code and PIN in my locker', kept: 'The code and PIN are kept in your locker.', done: 'Done',
    sentNote: 'Fingerprints sent · ', lockNow: 'Lock now', check: 'Check or withdraw', statusTitle: 'Status of your fingerprints', noMatches: 'No matches yet',
    withdraw: 'Withdraw all', confirmTitle: 'Withdraw all the fingerprints?', confirm: 'Yes, withdraw all', withdrawn: 'All withdrawn.', withdrawnOn: 'Withdrawn on ',
    counts: ['Photos', '2', 'Videos', '1', 'Fingerprints', '20'], entry: '2 photos, 1 video',
  },
} as const;

const PASSPHRASE = 'a long and memorable sentence to protect my images';
async function expectHeadingFocused(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('heading', { name, exact: true })).toBeFocused();
}

test.describe.configure({ mode: 'default' });

let server: ConsoleServer;
let dir: string;
let photos: Photo[];
let video: string;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-locker-protect-'));
  photos = makePhotos(dir, 2);
  video = shortVideo(dir);
  server = await startConsoleServer(PORT + 11, 'locker-protect');
});
test.afterAll(async () => {
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

for (const locale of ['ko', 'en'] as const) {
  const l = L[locale];
  test(`photos and a video kept in the locker, protected by their hashes only, checked and withdrawn from the locker (${locale})`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 360, height: 740 });
    const sent: Sent[] = [];
    page.on('request', (request: Request) => sent.push({ url: request.url(), method: request.method(), body: request.postDataBuffer() }));
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(`${message.text()} ${message.location().url}`);
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${String(response.status())} ${new URL(response.url()).pathname}`);
    });

    // Two photos and a video kept in a new locker.
    await createLockerAt(page, `${server.origin}${l.path}`, PASSPHRASE);
    await openSection(page, l.add);
    const form = page.locator('#section-add');
    const titles = [`party photo ${locale}`, `second photo ${locale}`, `short video ${locale}`];
    for (const [i, file] of [photos[0]?.file, photos[1]?.file, video].entries()) {
      await form.getByRole('radio', { name: l.file, exact: true }).check();
      await form.getByLabel(l.fileInput).setInputFiles(file ?? '');
      await form.getByLabel(l.title, { exact: true }).fill(titles[i] ?? '');
      await form.getByRole('button', { name: l.keep, exact: true }).click();
      await expect(page.locator('.evidence-card')).toHaveCount(i + 1, { timeout: 60_000 });
    }

    // The section lists the three, blurred, none chosen; "Make fingerprints" with none chosen says so.
    await openSection(page, l.protect);
    const section = page.locator('#section-protect');
    await expectHeadingFocused(page, l.protect);
    const options = section.locator('.protect-media-item');
    await expect(options).toHaveCount(3);
    for (const [i, title] of titles.entries()) await expect(options.nth(i).getByRole('checkbox', { name: title })).not.toBeChecked();
    await expect(section.locator('.protect-media-item .preview-hidden img')).toHaveCount(3);
    await section.getByRole('button', { name: l.make }).click();
    await expect(section.getByRole('alert').filter({ hasText: l.nothingChosen })).toBeVisible();
    await expectAccessible(page, `${locale} choose`);
    await page.screenshot({ path: screenshotPath(`locker-protect-${locale}-choose`), fullPage: true });

    // Every card shows its progress until its fingerprints are made: a bar is seen for each of the three.
    await page.evaluate(() => {
      const seen = new Set<string>();
      (window as unknown as { seenProgress: Set<string> }).seenProgress = seen;
      new MutationObserver(() => {
        for (const card of document.querySelectorAll('#section-protect .protect-file')) if (card.querySelector('progress')) seen.add(card.querySelector('h4')?.textContent ?? '');
      }).observe(document.getElementById('section-protect') ?? document.body, { childList: true, subtree: true, attributes: true });
    });
    for (const title of titles) await section.getByRole('checkbox', { name: title }).check();
    await section.getByRole('button', { name: l.make }).click();
    const cards = section.locator('.protect-file');
    await expect(cards).toHaveCount(3);
    await expect(cards.locator('h4')).toHaveText(titles);
    await page.screenshot({ path: screenshotPath(`locker-protect-${locale}-hashing`), fullPage: true });
    await expect(section.locator('.protect-file[data-file-state="done"]')).toHaveCount(3, { timeout: 120_000 });
    expect(await page.evaluate(() => [...(window as unknown as { seenProgress: Set<string> }).seenProgress].sort())).toEqual([...titles].sort());
    await expect(cards.locator('.preview-hidden img')).toHaveCount(3);
    await expectAccessible(page, `${locale} hashed`);

    await section.getByRole('button', { name: l.review }).click();
    await expectHeadingFocused(page, l.reviewTitle);
    await expect(section.locator('.protect-counts')).toHaveText(l.counts.join(''));
    await expectAccessible(page, `${locale} review`, { keyboard: true });
    await page.screenshot({ path: screenshotPath(`locker-protect-${locale}-review`), fullPage: true });

    await section.getByRole('button', { name: l.send }).click();
    await expectHeadingFocused(page, l.sentTitle);
    const code = (await page.locator('#protect-code').innerText()).trim();
    const pin = (await page.locator('#protect-pin').innerText()).replace(/\s/g, '');
    expect(code).toMatch(/^[A-Z0-9]{5}(-[A-Z0-9]{5}){2}$/);
    expect(pin).toMatch(/^\d{6}$/);
    await expect(section.getByRole('checkbox', { name: l.keepCode })).toBeChecked();
    await expect(section.getByRole('status').filter({ hasText: l.kept })).toBeVisible();
    await expectAccessible(page, `${locale} code`);
    await page.screenshot({ path: screenshotPath(`locker-protect-${locale}-code`), fullPage: true });
    await section.getByRole('button', { name: l.done, exact: true }).click();
    await expectHeadingFocused(page, l.protect);
    await expect(options.filter({ hasText: l.sentNote })).toHaveCount(3);

    // Locked and opened again: the code and PIN were sealed in the locker, and each item's card says its fingerprints were sent.
    await page.getByRole('button', { name: l.lockNow }).click();
    await page.locator('#passphrase').fill(PASSPHRASE);
    await page.locator('#passphrase').press('Enter');
    await expect(page.locator('.locker-menu')).toBeVisible({ timeout: 30_000 });
    await openSection(page, l.evidence);
    await expect(page.locator('.evidence-card .protect-sent-note')).toHaveCount(3);
    await expect(page.locator('.evidence-card .protect-sent-note').first()).toContainText(l.sentNote);
    await openSection(page, l.protect);
    const kept = section.locator('.protect-kept');
    await expect(kept.locator('li[data-submission]')).toHaveCount(1);
    await expect(kept.locator('li[data-submission]')).toContainText(l.entry);
    await kept.getByRole('button', { name: l.check, exact: true }).click();
    await expectHeadingFocused(page, l.statusTitle);
    const items = kept.locator('.protect-status-items li');
    await expect(items).toHaveCount(3);
    for (let i = 0; i < 3; i++) await expect(items.nth(i)).toContainText(l.noMatches);
    await expectAccessible(page, `${locale} status`);
    await page.screenshot({ path: screenshotPath(`locker-protect-${locale}-status`), fullPage: true });

    await kept.getByRole('button', { name: l.withdraw }).click();
    await expectHeadingFocused(page, l.confirmTitle);
    await kept.getByRole('button', { name: l.confirm }).click();
    await expectHeadingFocused(page, l.statusTitle);
    await expect(kept.locator('.protect-state')).toContainText(l.withdrawn);
    await expect(items).toHaveCount(0);
    await expect(kept.locator('li[data-submission]')).toContainText(l.withdrawnOn);
    await expect(options.filter({ hasText: l.sentNote })).toHaveCount(0);
    await expectAccessible(page, `${locale} withdrawn`);
    await page.screenshot({ path: screenshotPath(`locker-protect-${locale}-withdrawn`), fullPage: true });
    await openSection(page, l.evidence);
    await expect(page.locator('.evidence-card .protect-sent-note')).toHaveCount(0);

    // The browser's own ask for /favicon.ico (the site has none) is the one 404 allowed.
    expect(problems.filter((p) => !p.endsWith('/favicon.ico'))).toEqual([]);
    expect(sent.filter((s) => !s.url.startsWith(`${server.origin}/`) && !s.url.startsWith('blob:'))).toEqual([]);
    // No file's bytes in any body, in any form; the one body is the submission.
    const bodies = sent.filter((s) => s.body !== null && s.body.length > 0);
    expectNoFileBytes([...photos.map((p) => p.file), video], bodies);
    const submissions = bodies.filter((s) => s.method === 'POST' && s.url === `${server.origin}/api/protect/v1/submissions`);
    expect(submissions).toHaveLength(1);
    expect(bodies).toHaveLength(1);
    const submission = JSON.parse(submissions[0]?.body?.toString('utf8') ?? '{}') as { locale: string; items: { kind: string; md5: string; pdq?: unknown; vpdq?: string }[] };
    expect(submission.locale).toBe(locale);
    expect(Object.keys(submission).sort()).toEqual(['items', 'locale', 'pow']);
    expect(submission.items).toHaveLength(3);
    expect(submission.items.slice(0, 2)).toEqual(photos.map((p) => ({ kind: 'image', md5: p.md5, pdq: p.pdq })));
    const sentVideo = submission.items[2];
    expect(Object.keys(sentVideo ?? {}).sort()).toEqual(['kind', 'md5', 'vpdq']);
    expect(sentVideo?.md5).toBe(md5(video));
    expect(parseVpdqText(sentVideo?.vpdq ?? '').map((f) => f.timestampSeconds)).toEqual([0, 1, 2, 3]);
  });
}
