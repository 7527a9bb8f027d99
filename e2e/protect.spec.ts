/**
 * "Protect my images" (issue 14) against the real server, at 360 px, in Korean and in English: a
 * person chooses three photos, a picture with too little detail and a short video (and cancels a
 * long video while it is hashed); sees them blurred, with progress; reviews what will be sent;
 * sends; gets a code and PIN; checks the status; withdraws all. Only hashes leave the device: every
 * request body the page sends is recorded, no slice of any file's bytes (raw, base64 or hex) is in
 * any of them, and the submission holds exactly the MD5 and PDQ values Node computes from the same
 * pixels (and a vPDQ within a few bits of ffmpeg's frames: two decoders of the same video).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatPdqHex, hamming, parsePdqHex, parseVpdqText, vpdqFrameHash } from '@jikim/pdq';
import { expect, test, type Page, type Request } from '@playwright/test';
import { expectAccessible, startConsoleServer, type ConsoleServer } from './console-fixtures.js';
import { PORT } from './playwright.config.js';
import { expectNoFileBytes, ffmpeg, makePhotos, md5, shortVideo, type Photo, type Sent } from './protect-fixtures.js';
import { screenshotPath } from './support.js';

const L = {
  ko: {
    path: '/protect', title: '내 사진·영상 지키기', choose: '사진과 영상 고르기', input: '지킬 사진과 영상 고르기', review: '보낼 내용 확인하기',
    reviewTitle: '보낼 내용 확인', send: '지문 보내기', sentTitle: '보냈어요. 번호를 적어 두세요', copyCode: '번호 복사', written: '적어 두었어요',
    check: '확인하거나 거두기', code: '번호', pin: '확인 번호 (숫자 여섯 자리)', open: '확인하기', statusTitle: '보낸 지문의 상태', noMatches: '아직 일치한 적 없어요',
    withdraw: '모두 거두기', confirmTitle: '지문을 모두 거둘까요?', confirm: '네, 모두 거둘게요', withdrawn: '모두 거두었어요. 함께하는 플랫폼에 이 지문으로 더는 막지 말라고 알렸어요. 이미 지워진 사본은 지워진 채로 남아요.',
    lowQuality: '또렷한 부분이 너무 적어서', cancel: '영상 2 취소', removed: '영상 2: 뺐어요.', show: '보기', noScript: '자바스크립트가 필요해요',
    counts: ['사진', '3장', '영상', '1개', '지문', '29개'], wrong: '번호나 PIN이 맞지 않아요',
  },
  en: {
    path: '/en/protect', title: 'Protect my images', choose: 'Choose photos and videos', input: 'Choose photos and videos to protect', review: 'Review what will be sent',
    reviewTitle: 'What will be sent', send: 'Send the fingerprints', sentTitle: 'Sent. Write down your code', copyCode: 'Copy the code', written: 'I have written them down',
    check: 'Check or withdraw', code: 'Code', pin: 'PIN (six digits)', open: 'Check', statusTitle: 'Status of your fingerprints', noMatches: 'No matches yet',
    withdraw: 'Withdraw all', confirmTitle: 'Withdraw all the fingerprints?', confirm: 'Yes, withdraw all', withdrawn: 'All withdrawn. Partner platforms have been told to stop blocking with these fingerprints; copies already removed stay removed.',
    lowQuality: 'too little detail to make a reliable fingerprint', cancel: 'Cancel Video 2', removed: 'Video 2 removed.', show: 'Show', noScript: 'needs JavaScript',
    counts: ['Photos', '3', 'Videos', '1', 'Fingerprints', '29'], wrong: 'The code or PIN does not match',
  },
} as const;

interface Fixtures {
  readonly dir: string;
  readonly photos: readonly Photo[];
  readonly blank: string;
  readonly video: { readonly file: string; readonly md5: string; readonly frames: readonly string[] };
  readonly longVideo: string;
}

function makeFixtures(): Fixtures {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-protect-'));
  const blank = path.join(dir, 'blank.png');
  ffmpeg('-f', 'lavfi', '-i', 'color=c=0x808080:size=320x240:rate=1', '-frames:v', '1', blank);
  // ffmpeg's own frames 0, 10, 20, 30 of the short video: the vPDQ the page sends is checked against their PDQ.
  const video = shortVideo(dir);
  const raw = new Uint8Array(ffmpeg('-i', video, '-vf', 'select=not(mod(n\\,10))', '-fps_mode', 'passthrough', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'));
  const size = 640 * 360 * 3;
  const frames = Array.from({ length: raw.length / size }, (_, i) =>
    formatPdqHex(vpdqFrameHash({ width: 640, height: 360, channels: 3, data: raw.subarray(i * size, (i + 1) * size) }).hash));
  const longVideo = path.join(dir, 'long.mp4');
  ffmpeg('-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=5', '-t', '240', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', longVideo);
  return { dir, photos: makePhotos(dir), blank, video: { file: video, md5: md5(video), frames }, longVideo };
}

async function expectHeadingFocused(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('heading', { name, exact: true })).toBeFocused();
}

test.describe.configure({ mode: 'default' });

let server: ConsoleServer;
let fixtures: Fixtures;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  fixtures = makeFixtures();
  server = await startConsoleServer(PORT + 9, 'protect');
});
test.afterAll(async () => {
  await server?.stop();
  if (fixtures) fs.rmSync(fixtures.dir, { recursive: true, force: true });
});

test('without JavaScript the page says what it does and that it needs JavaScript to hash here', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const locale of ['ko', 'en'] as const) {
    await page.goto(`${server.origin}${L[locale].path}`);
    await expect(page.getByRole('heading', { level: 1, name: L[locale].title })).toBeVisible();
    // Playwright's text matchers skip <noscript>: read what the page shows in it.
    const note = page.locator('#protect-root p.warning-note');
    await expect(note).toBeVisible();
    expect(await note.evaluate((p) => p.textContent)).toContain(L[locale].noScript);
  }
  await context.close();
});

test('the home page, the dissemination and threat guides and the personal plan link to it, in each language', async ({ page }) => {
  for (const locale of ['ko', 'en'] as const) {
    const protect = L[locale].path;
    const home = locale === 'ko' ? '/' : '/en';
    const prefix = locale === 'ko' ? '' : '/en';
    await page.goto(`${server.origin}${home}`);
    await expect(page.locator(`#protect-title ~ a[href="${protect}"]`)).toBeVisible();
    await page.goto(`${server.origin}${prefix}/guide/dissemination`);
    await expect(page.locator(`#dissemination-4 a[href="${protect}"]`)).toBeVisible();
    await page.goto(`${server.origin}${prefix}/guide/threat`);
    await expect(page.locator(`#threat-2 a[href="${protect}"]`)).toBeVisible();
    await page.goto(`${server.origin}${prefix}/what-happened`);
    for (const scenario of ['dissemination', 'threat']) await expect(page.locator(`[data-when="scenario:${scenario}"] a[href="${protect}"]`)).toHaveCount(1);
  }
});

for (const locale of ['ko', 'en'] as const) {
  const l = L[locale];
  test(`photos and a video protected by their hashes only, checked and withdrawn (${locale})`, async ({ page, context }) => {
    test.setTimeout(300_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.setViewportSize({ width: 360, height: 740 });
    const sent: Sent[] = [];
    page.on('request', (request: Request) => sent.push({ url: request.url(), method: request.method(), body: request.postDataBuffer() }));
    // Nothing breaks the CSP (the worker, its WebAssembly, the previews' blob: addresses) and nothing fails.
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const { photos, video } = fixtures;

    await page.goto(`${server.origin}${l.path}`);
    await expect(page.getByRole('heading', { level: 1, name: l.title })).toBeVisible();
    await page.getByLabel(l.input).setInputFiles([...photos.map((p) => p.file), fixtures.blank, video.file, fixtures.longVideo]);
    const cards = page.locator('.protect-file');
    await expect(cards).toHaveCount(6);

    // The long video is cancelled while its frames are being hashed: its card goes, and nothing of it is sent.
    const long = cards.nth(5);
    await expect(long.locator('progress')).toBeVisible();
    await expect(long).toHaveAttribute('data-file-state', 'hashing', { timeout: 60_000 });
    await expect(long.getByText(/\d+\/\d+|\d+ of \d+/)).toBeVisible({ timeout: 60_000 });
    await page.screenshot({ path: screenshotPath(`protect-${locale}-hashing`), fullPage: true });
    await long.getByRole('button', { name: l.cancel }).click();
    await expect(cards).toHaveCount(5);
    await expect(page.getByRole('status').filter({ hasText: l.removed })).toBeAttached();

    await expect(page.locator('.protect-file[data-file-state="done"]')).toHaveCount(5, { timeout: 120_000 });
    // Every preview blurred until tapped: four photos' own, the video's first frame.
    await expect(page.locator('.protect-file .preview-hidden img')).toHaveCount(4 + 1);
    await expect(cards.nth(3)).toContainText(l.lowQuality);
    const first = cards.nth(0);
    await first.getByRole('button', { name: l.show }).click();
    await expect(first.locator('.preview-frame')).not.toHaveClass(/preview-hidden/);
    await expectAccessible(page, `${locale} chosen`);
    await page.screenshot({ path: screenshotPath(`protect-${locale}-chosen`), fullPage: true });

    await page.getByRole('button', { name: l.review }).click();
    await expectHeadingFocused(page, l.reviewTitle);
    await expect(page.locator('.protect-counts')).toHaveText(l.counts.join(''));
    await expectAccessible(page, `${locale} review`, { keyboard: true });
    await page.screenshot({ path: screenshotPath(`protect-${locale}-review`), fullPage: true });

    await page.getByRole('button', { name: l.send }).click();
    await expectHeadingFocused(page, l.sentTitle);
    const code = (await page.locator('#protect-code').innerText()).trim();
    const pin = (await page.locator('#protect-pin').innerText()).replace(/\s/g, '');
    expect(code).toMatch(/^[A-Z0-9]{5}(-[A-Z0-9]{5}){2}$/);
    expect(pin).toMatch(/^\d{6}$/);
    await page.getByRole('button', { name: l.copyCode }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await expectAccessible(page, `${locale} code`);
    await page.screenshot({ path: screenshotPath(`protect-${locale}-code`), fullPage: true });
    await page.getByRole('button', { name: l.written }).click();
    await expectHeadingFocused(page, l.choose);
    await expect(cards).toHaveCount(0);

    // Check with the code and PIN: a wrong PIN first, then the right one.
    const panel = page.locator('.protect-check');
    await panel.getByLabel(l.code, { exact: true }).fill(code);
    await panel.getByLabel(l.pin).fill(pin === '000000' ? '111111' : '000000');
    await panel.getByRole('button', { name: l.open }).click();
    await expect(panel.getByRole('alert')).toContainText(l.wrong);
    await expect(panel.getByLabel(l.code, { exact: true })).toBeFocused();
    await panel.getByLabel(l.pin).fill(pin);
    await panel.getByRole('button', { name: l.open }).click();
    await expectHeadingFocused(page, l.statusTitle);
    const items = panel.locator('.protect-status-items li');
    await expect(items).toHaveCount(4);
    for (let i = 0; i < 4; i++) await expect(items.nth(i)).toContainText(l.noMatches);
    await expectAccessible(page, `${locale} status`);
    await page.screenshot({ path: screenshotPath(`protect-${locale}-status`), fullPage: true });

    await panel.getByRole('button', { name: l.withdraw }).click();
    await expectHeadingFocused(page, l.confirmTitle);
    await expectAccessible(page, `${locale} withdraw`);
    await panel.getByRole('button', { name: l.confirm }).click();
    await expectHeadingFocused(page, l.statusTitle);
    await expect(panel.locator('.protect-state')).toHaveText(l.withdrawn);
    await expect(items).toHaveCount(0);
    await page.screenshot({ path: screenshotPath(`protect-${locale}-withdrawn`), fullPage: true });

    // The wrong PIN's 401 is the one error the console may show.
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
    // Nothing went anywhere but this origin.
    expect(sent.filter((s) => !s.url.startsWith(`${server.origin}/`) && !s.url.startsWith('blob:'))).toEqual([]);
    // No file's bytes in any body, in any form.
    const bodies = sent.filter((s) => s.body !== null && s.body.length > 0);
    expectNoFileBytes([...photos.map((p) => p.file), fixtures.blank, video.file, fixtures.longVideo], bodies);
    // The one body with hashes is the submission, and it holds exactly the hashes of what was chosen.
    const submissions = bodies.filter((s) => s.method === 'POST' && s.url.endsWith('/api/protect/v1/submissions'));
    expect(submissions).toHaveLength(1);
    expect(bodies.filter((s) => !s.url.endsWith('/api/protect/v1/submissions'))).toEqual([]);
    const submission = JSON.parse(submissions[0]?.body?.toString('utf8') ?? '{}') as { locale: string; items: { kind: string; md5: string; pdq?: unknown; vpdq?: string }[] };
    expect(submission.locale).toBe(locale);
    expect(Object.keys(submission).sort()).toEqual(['items', 'locale', 'pow']);
    expect(submission.items.slice(0, 3)).toEqual(photos.map((p) => ({ kind: 'image', md5: p.md5, pdq: p.pdq })));
    const sentVideo = submission.items[3];
    expect(Object.keys(sentVideo ?? {}).sort()).toEqual(['kind', 'md5', 'vpdq']);
    expect(sentVideo?.md5).toBe(video.md5);
    const frames = parseVpdqText(sentVideo?.vpdq ?? '');
    expect(frames.map((f) => f.timestampSeconds)).toEqual([0, 1, 2, 3]);
    expect(frames).toHaveLength(video.frames.length);
    const distances = frames.map((f, i) => hamming(f.hash, parsePdqHex(video.frames[i] ?? '')));
    console.log(`vPDQ: browser frames vs ffmpeg's, bits apart (${locale}):`, distances);
    for (const d of distances) expect(d).toBeLessThanOrEqual(8);
    // …and a frame from another second would be far off: the check can tell the seconds apart.
    expect(hamming(frames[0]?.hash ?? new Uint8Array(32), parsePdqHex(video.frames[1] ?? ''))).toBeGreaterThan(31);
    expect(submission.items).toHaveLength(4);
    expect(JSON.stringify(submission)).not.toContain(md5(fixtures.blank));
    expect(JSON.stringify(submission)).not.toContain(md5(fixtures.longVideo));
  });
}
