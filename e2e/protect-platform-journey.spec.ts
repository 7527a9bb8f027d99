/**
 * The victim-to-platform journey (issue 14), in one sitting at 360 px, on a server of its own
 * (PORT + 10), in Korean and then in English. A partner platform's key is made with the real CLI and
 * the unreviewed bank put on the feed. The person protects three photos and a short video on
 * `/protect` and writes down the code and PIN. The platform looks up a copy of one photo that was
 * mirrored, shrunk to 60 % and re-encoded as JPEG quality 70 (found, to be reviewed first), and the
 * video (found); the person sees the matches on the status view, then withdraws all; the same
 * lookups find nothing, and the feed carries every fingerprint sent as an upsert, then as a deletion.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatPdqHex, hamming, parsePdqHex, pdqHash, PDQ_DIHEDRAL_ORDER } from '@jikim/pdq';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { expectAccessible, startConsoleServer, type ConsoleServer } from './console-fixtures.js';
import { createPlatformKey, enableFeed, platformClient, pollUntil, UNREVIEWED, type FeedUpdate, type HmaMatches, type PlatformClient } from './platform-client.js';
import { PORT } from './playwright.config.js';
import { makePhotos, md5, shortVideo, type Photo } from './protect-fixtures.js';
import { screenshotPath } from './support.js';

const L = {
  ko: {
    path: '/protect', title: '내 사진·영상 지키기', input: '지킬 사진과 영상 고르기', review: '보낼 내용 확인하기', reviewTitle: '보낼 내용 확인',
    send: '지문 보내기', sentTitle: '보냈어요. 번호를 적어 두세요', written: '적어 두었어요', choose: '사진과 영상 고르기',
    code: '번호', pin: '확인 번호 (숫자 여섯 자리)', open: '확인하기', statusTitle: '보낸 지문의 상태', refresh: '새로 보기', noMatches: '아직 일치한 적 없어요',
    withdraw: '모두 거두기', confirmTitle: '지문을 모두 거둘까요?', confirm: '네, 모두 거둘게요',
    withdrawn: '모두 거두었어요. 함께하는 플랫폼에 이 지문으로 더는 막지 말라고 알렸어요. 이미 지워진 사본은 지워진 채로 남아요.',
    counts: ['사진', '3장', '영상', '1개', '지문', '29개'], fingerprints: /지문\s*(\d+)개/, photo: (n: number) => `사진 ${n}`, video: '영상 1',
    matched: (text: string) => Number(/(\d+)번 일치했어요/.exec(text)?.[1] ?? 0),
  },
  en: {
    path: '/en/protect', title: 'Protect my images', input: 'Choose photos and videos to protect', review: 'Review what will be sent', reviewTitle: 'What will be sent',
    send: 'Send the fingerprints', sentTitle: 'Sent. Write down your code', written: 'I have written them down', choose: 'Choose photos and videos',
    code: 'Code', pin: 'PIN (six digits)', open: 'Check', statusTitle: 'Status of your fingerprints', refresh: 'Refresh', noMatches: 'No matches yet',
    withdraw: 'Withdraw all', confirmTitle: 'Withdraw all the fingerprints?', confirm: 'Yes, withdraw all',
    withdrawn: 'All withdrawn. Partner platforms have been told to stop blocking with these fingerprints; copies already removed stay removed.',
    counts: ['Photos', '3', 'Videos', '1', 'Fingerprints', '29'], fingerprints: /Fingerprints\s*(\d+)/, photo: (n: number) => `Photo ${n}`, video: 'Video 1',
    matched: (text: string) => { const m = /Matched (once|(\d+) times)/.exec(text); return m ? (m[1] === 'once' ? 1 : Number(m[2])) : 0; },
  },
} as const;

interface Fixtures {
  readonly dir: string;
  readonly photos: readonly Photo[];
  readonly video: { readonly file: string; readonly md5: string };
  /** Photo 2 mirrored, at 60 % of its size, re-encoded as JPEG quality 70; and its PDQ, computed here. */
  readonly copy: { readonly file: string; readonly width: number; readonly height: number; readonly pdq: string };
}

async function makeFixtures(): Promise<Fixtures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-protect-platform-'));
  const photos = makePhotos(dir);
  const video = shortVideo(dir);
  const copyFile = path.join(dir, 'copy.jpg');
  // Photo 2 (smooth, as most photos are): its copy is 4 bits from its mirrored fingerprint. Photo 1's fine text
  // and lines land 30 bits away, photo 3's single-pixel cells 62: PDQ's limits, not this journey's subject.
  await sharp(photos[1]?.file).flop().resize({ width: 288, height: 384 }).jpeg({ quality: 70 }).toFile(copyFile);
  const { data, info } = await sharp(copyFile).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const pdq = formatPdqHex(pdqHash({ width: info.width, height: info.height, channels: 3, data: new Uint8Array(data) }).hash);
  return { dir, photos, video: { file: video, md5: md5(video) }, copy: { file: copyFile, width: info.width, height: info.height, pdq } };
}

async function expectHeadingFocused(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('heading', { name, exact: true })).toBeFocused();
}

/** Scrolls so that `selector` is just under the quick-exit bar (a full-page shot would draw that fixed bar over the middle). */
async function showFromTop(page: Page, selector: string): Promise<void> {
  await page.locator(selector).evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -(document.querySelector('.exit-bar')?.getBoundingClientRect().height ?? 0));
  });
}

/** WCAG 2.2 2.4.11: the focused element is not entirely hidden under the fixed quick-exit bar. */
async function expectFocusNotHidden(page: Page, what: string): Promise<void> {
  const { focusBottom, barBottom } = await page.evaluate(() => ({
    focusBottom: document.activeElement?.getBoundingClientRect().bottom ?? 0,
    barBottom: document.querySelector('.exit-bar')?.getBoundingClientRect().bottom ?? 0,
  }));
  expect(focusBottom, `focus below the quick-exit bar: ${what}`).toBeGreaterThan(barBottom);
}

/** The one content an HMA answer names, in the unreviewed bank only; its id and distance. */
function onlyUnreviewed(answer: HmaMatches): { bank_content_id: number; distance: string } {
  expect(Object.keys(answer)).toEqual([UNREVIEWED]);
  expect(answer[UNREVIEWED]).toHaveLength(1);
  const [match] = answer[UNREVIEWED] ?? [];
  expect(Object.keys(match ?? {}).sort()).toEqual(['bank_content_id', 'distance']);
  expect(Number.isSafeInteger(match?.bank_content_id)).toBe(true);
  return match ?? { bank_content_id: 0, distance: '' };
}

const found = (answer: HmaMatches) => (answer[UNREVIEWED]?.length ?? 0) > 0;
const nothing = (answer: HmaMatches) => Object.keys(answer).length === 0;

test.describe.configure({ mode: 'default' });

let server: ConsoleServer;
let fixtures: Fixtures;
let dataDir: string;
let platform: PlatformClient;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  fixtures = await makeFixtures();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-e2e-protect-platform-data-'));
  server = await startConsoleServer(PORT + 10, 'protect-platform', { DATA_DIR: dataDir });
  // Before anyone protects anything: a partner's key, printed once by the CLI, and the unreviewed bank on the feed.
  const key = createPlatformKey(dataDir, 'partner', ['match', 'feed', 'feedback']);
  expect(enableFeed(dataDir, UNREVIEWED)).toEqual(['on', 'unreviewed', 'victims', UNREVIEWED]);
  platform = platformClient(server.origin, key);
});
test.afterAll(async () => {
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  if (fixtures) fs.rmSync(fixtures.dir, { recursive: true, force: true });
});

for (const locale of ['ko', 'en'] as const) {
  const l = L[locale];
  test(`a platform finds a changed copy of a protected photo, then nothing once it is withdrawn, and the feed says so (${locale})`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 360, height: 740 });
    const { photos, video, copy } = fixtures;

    // The platform's starting point: a full sync of the feed, empty (nothing protected, or all withdrawn).
    const start = await platform.feed();
    expect(start.updates).toEqual([]);
    // The copy is what the test made: a JPEG, 60 % of 480×640, and not one of the fingerprints the page will send.
    expect(fs.readFileSync(copy.file).subarray(0, 3).toString('hex')).toBe('ffd8ff');
    expect([copy.width, copy.height]).toEqual([288, 384]);
    // Nearest to the mirrored photo's fingerprint (flipY: left to right), far from the photo's own: the mirror is what the page's eight fingerprints catch.
    const apart = (photos[1]?.pdq ?? []).map((p) => hamming(parsePdqHex(p.hash), parsePdqHex(copy.pdq)));
    const nearest = Math.min(...apart);
    console.log(`the copy's PDQ, bits from photo 2's eight (${PDQ_DIHEDRAL_ORDER.join(', ')}):`, apart);
    expect(PDQ_DIHEDRAL_ORDER[apart.indexOf(nearest)]).toBe('flipY');
    expect(nearest).toBeGreaterThan(0);
    expect(apart[0]).toBeGreaterThan(31);
    expect(await platform.lookup('pdq', copy.pdq)).toEqual({});

    // The person chooses three photos and a video: blurred previews, progress while they are hashed.
    await page.goto(`${server.origin}${l.path}`);
    await expect(page.getByRole('heading', { level: 1, name: l.title })).toBeVisible();
    await page.evaluate(() => {
      const seen = document.documentElement;
      new MutationObserver(() => {
        if (document.querySelector('.protect-file progress')) seen.dataset.sawProgress = 'yes';
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByLabel(l.input).setInputFiles([...photos.map((p) => p.file), video.file]);
    const cards = page.locator('.protect-file');
    await expect(cards).toHaveCount(4);
    await expect(page.locator('.protect-file[data-file-state="done"]')).toHaveCount(4, { timeout: 120_000 });
    await expect(page.locator('html')).toHaveAttribute('data-saw-progress', 'yes');
    await expect(page.locator('.protect-file .preview-hidden img')).toHaveCount(4);
    await page.screenshot({ path: screenshotPath(`protect-platform-${locale}-chosen`), fullPage: true });

    await page.getByRole('button', { name: l.review }).click();
    await expectHeadingFocused(page, l.reviewTitle);
    const counts = page.locator('.protect-counts');
    await expect(counts).toHaveText(l.counts.join(''));
    const fingerprints = Number(l.fingerprints.exec(await counts.innerText())?.[1]);
    expect(fingerprints).toBe(3 * 9 + 2);

    await page.getByRole('button', { name: l.send }).click();
    await expectHeadingFocused(page, l.sentTitle);
    const code = (await page.locator('#protect-code').innerText()).trim();
    const pin = (await page.locator('#protect-pin').innerText()).replace(/\s/g, '');
    expect(code).toMatch(/^[A-Z0-9]{5}(-[A-Z0-9]{5}){2}$/);
    expect(pin).toMatch(/^\d{6}$/);
    await page.screenshot({ path: screenshotPath(`protect-platform-${locale}-code`), fullPage: true });
    await page.getByRole('button', { name: l.written }).click();
    await expectHeadingFocused(page, l.choose);

    // The platform: the changed copy's PDQ (HMA's GET), then the native batch lookup: found, to be reviewed first.
    const byHash = await pollUntil(() => platform.lookup('pdq', copy.pdq), found);
    const photoMatch = onlyUnreviewed(byHash);
    expect(Number(photoMatch.distance)).toBe(nearest);
    expect(nearest).toBeLessThanOrEqual(31);
    const [native] = await platform.lookupNative([{ signal_type: 'pdq', signal: copy.pdq }]);
    expect(native).toEqual([{ bank: UNREVIEWED, bank_content_id: photoMatch.bank_content_id, distance: nearest, review_before_action: true }]);
    const byPhoto = await platform.lookupMedia('photo', copy.file, 'image/jpeg');
    expect(Object.keys(byPhoto)).toEqual(['pdq']);
    expect(onlyUnreviewed(byPhoto.pdq ?? {}).bank_content_id).toBe(photoMatch.bank_content_id);
    const photoLookupsFound = 3;

    // The video, by its MD5 (HMA's video_md5) and as the file itself (its MD5 and its vPDQ, hashed by the server).
    const videoMatch = onlyUnreviewed(await platform.lookup('video_md5', video.md5));
    expect(videoMatch.bank_content_id).not.toBe(photoMatch.bank_content_id);
    const byVideo = await platform.lookupMedia('video', video.file, 'video/mp4');
    expect(Object.keys(byVideo).sort()).toEqual(['video_md5', 'vpdq']);
    expect(onlyUnreviewed(byVideo.video_md5 ?? {}).bank_content_id).toBe(videoMatch.bank_content_id);
    expect(onlyUnreviewed(byVideo.vpdq ?? {}).bank_content_id).toBe(videoMatch.bank_content_id);

    // The feed since the start: every fingerprint sent, as an upsert, with the values computed here.
    const sent = await pollUntil(() => platform.feed(start.checkpoint), (f) => f.updates.length >= fingerprints);
    const upserts = sent.updates;
    expect(upserts).toHaveLength(fingerprints);
    expect(new Set(upserts.map((u) => u.key)).size).toBe(fingerprints);
    expect(upserts.every((u) => u.bank === UNREVIEWED && u.signal !== null)).toBe(true);
    const valuesOf = (type: FeedUpdate['signal_type']) => upserts.filter((u) => u.signal_type === type).map((u) => u.signal).sort();
    expect(valuesOf('pdq')).toEqual(photos.flatMap((p) => p.pdq.map((v) => v.hash)).sort());
    expect(valuesOf('md5')).toEqual([...photos.map((p) => p.md5), video.md5].sort());
    expect(valuesOf('vpdq')).toHaveLength(1);

    // The person checks with the code and PIN: photo 2 and the video matched, the other photos not.
    const panel = page.locator('.protect-check');
    await panel.getByLabel(l.code, { exact: true }).fill(code);
    await panel.getByLabel(l.pin).fill(pin);
    await panel.getByRole('button', { name: l.open }).click();
    await expectHeadingFocused(page, l.statusTitle);
    await expectFocusNotHidden(page, `${locale} status`);
    const items = panel.locator('.protect-status-items li');
    await expect(items).toHaveCount(4);
    const item = (label: string) => items.filter({ has: page.getByText(label, { exact: true }) });
    // Match counts are written just after each lookup answers: refresh until they show.
    await expect(async () => {
      await panel.getByRole('button', { name: l.refresh }).click();
      expect(l.matched(await item(l.photo(2)).innerText())).toBeGreaterThanOrEqual(photoLookupsFound);
      expect(l.matched(await item(l.video).innerText())).toBeGreaterThanOrEqual(2);
    }).toPass({ timeout: 10_000 });
    const matchedPhoto = l.matched(await item(l.photo(2)).innerText());
    console.log(`photo 2 matched ${String(matchedPhoto)} times after ${String(photoLookupsFound)} lookups that found it (${locale})`);
    for (const n of [1, 3]) await expect(item(l.photo(n))).toContainText(l.noMatches);
    const perItem = await items.allInnerTexts();
    expect(perItem.reduce((sum, text) => sum + Number(/(\d+)/.exec(text.split('\n').slice(1).join(' '))?.[1] ?? 0), 0)).toBe(fingerprints);
    await expectAccessible(page, `${locale} status with matches`);
    await showFromTop(page, '#protect-status-title');
    await page.screenshot({ path: screenshotPath(`protect-platform-${locale}-matched`) });

    await panel.getByRole('button', { name: l.withdraw }).click();
    await expectHeadingFocused(page, l.confirmTitle);
    await panel.getByRole('button', { name: l.confirm }).click();
    await expectHeadingFocused(page, l.statusTitle);
    await expectFocusNotHidden(page, `${locale} withdrawn`);
    await expect(panel.locator('.protect-state')).toHaveText(l.withdrawn);
    await expect(items).toHaveCount(0);
    await showFromTop(page, '#protect-status-title');
    await page.screenshot({ path: screenshotPath(`protect-platform-${locale}-withdrawn`) });

    // The platform: the same lookups find nothing now.
    expect(await pollUntil(() => platform.lookup('pdq', copy.pdq), nothing)).toEqual({});
    expect(await platform.lookupNative([{ signal_type: 'pdq', signal: copy.pdq }, { signal_type: 'md5', signal: video.md5 }])).toEqual([[], []]);
    expect(await platform.lookup('video_md5', video.md5)).toEqual({});
    expect(await platform.lookupMedia('photo', copy.file, 'image/jpeg')).toEqual({ pdq: {} });
    expect(await platform.lookupMedia('video', video.file, 'video/mp4')).toEqual({ video_md5: {}, vpdq: {} });

    // The feed after the upserts: a deletion for each of them, and nothing else.
    const gone = await pollUntil(() => platform.feed(sent.checkpoint), (f) => f.updates.length >= fingerprints);
    expect(gone.updates).toHaveLength(fingerprints);
    expect(gone.updates.every((u) => u.bank === UNREVIEWED && u.signal === null && u.signal_type === null)).toBe(true);
    expect(gone.updates.map((u) => u.key).sort()).toEqual(upserts.map((u) => u.key).sort());
    // From the very start, the same keys stand deleted.
    const fromStart = await platform.feed(start.checkpoint);
    expect(fromStart.updates.filter((u) => u.signal !== null)).toEqual([]);
    expect(fromStart.updates.map((u) => u.key).sort()).toEqual(upserts.map((u) => u.key).sort());
  });
}
