import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makeLockerFiles, openSection, sha256sum, type LockerFiles } from './locker-fixtures.js';
import { BASE_URL, NEUTRAL_URL } from './playwright.config.js';
import { screenshotPath, serveNeutralSite } from './support.js';

const PASSPHRASE = '바다 건너 빨간 우체통 옆 자전거';
const JIKIM = path.resolve(import.meta.dirname, '../packages/cli/bin/jikim.js');
const MiB = 1024 * 1024;

test.describe.configure({ mode: 'serial' });
let files: LockerFiles;
test.beforeAll(() => { files = makeLockerFiles(300 * MiB); });
test.afterAll(() => files.cleanup());

/** Every request the page makes; the locker may only load this origin's pages and static assets. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

function expectOnlyOwnStaticAssets(urls: readonly string[]) {
  for (const url of urls) {
    if (url.startsWith('blob:')) continue;
    expect(url.startsWith(`${BASE_URL}/`), url).toBe(true);
    const { pathname } = new URL(url);
    expect(pathname === '/locker' || pathname === '/en/locker' || pathname.startsWith('/assets/'), url).toBe(true);
  }
}

async function createLocker(page: Page) {
  await page.goto('/locker');
  await page.locator('#new-passphrase').fill(PASSPHRASE);
  await page.locator('#confirm-passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: '보관함 만들기' }).click();
  await expect(page.getByRole('button', { name: '지금 잠그기' })).toBeVisible({ timeout: 30_000 });
}

async function addItem(page: Page, kind: string, fill: () => Promise<void>) {
  const before = await page.locator('.evidence-card').count();
  await page.locator(`#kind-${kind}`).check();
  await fill();
  await page.getByRole('button', { name: '보관하기' }).click();
  await expect(page.locator('.evidence-card')).toHaveCount(before + 1, { timeout: 300_000 });
  await expect(page.locator('.evidence-form .form-status')).toHaveText('보관했어요.');
}

/** The hash as a person reads it: the card's file details opened, then the SHA-256 shown there. */
async function shownSha256(page: Page, title: string): Promise<string> {
  const card = page.locator('.evidence-card', { has: page.getByRole('heading', { name: title }) });
  const details = card.locator('details.file-facts');
  if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click();
  return card.locator('code.sha256').innerText();
}

async function download(page: Page, button: string, to: string): Promise<string> {
  const [saved] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), page.getByRole('button', { name: button }).click()]);
  const file = path.join(files.dir, to);
  await saved.saveAs(file);
  return file;
}

test('a victim keeps five kinds of evidence, sees the true hashes, and exports a package that verifies', async ({ page }) => {
  test.setTimeout(600_000);
  const requests = recordRequests(page);
  await createLocker(page);

  await addItem(page, 'file', async () => {
    await page.locator('#evidence-file').setInputFiles(files.photo);
    await page.locator('#add-title').fill('올라온 사진 원본');
    await page.locator('#scenario').selectOption('dissemination');
  });
  await addItem(page, 'file', async () => {
    await page.locator('#evidence-file').setInputFiles(files.video);
    await page.locator('#add-title').fill('유포된 영상');
    await page.locator('#scenario').selectOption('dissemination');
  });
  await addItem(page, 'file', async () => {
    await page.locator('#evidence-file').setInputFiles(files.audio);
    await page.locator('#add-title').fill('협박 전화 녹음');
    await page.locator('#scenario').selectOption('threat');
  });
  await addItem(page, 'web', async () => {
    await page.locator('#evidence-file').setInputFiles(files.screenshot);
    await page.locator('#add-title').fill('게시판 글');
    await page.locator('#add-web-url').fill('https://board.example/view?id=12345&page=2');
    await page.locator('#add-web-site').fill('예시 게시판');
    await page.locator('#add-web-posterId').fill('uploader_99');
    await page.locator('#add-web-postedAt').fill('2026-11-20T21:30');
    await page.locator('#scenario').selectOption('dissemination');
  });
  await addItem(page, 'message', async () => {
    await page.locator('#add-title').fill('협박 문자');
    await page.locator('#add-message-senderNumber').fill('010-9876-5432');
    await page.locator('#add-message-text').fill('돈을 보내지 않으면 영상을 퍼뜨리겠다 😡 مرحبا');
    await page.locator('#add-message-sentAt').fill('2026-11-21T09:15');
    await page.locator('#scenario').selectOption('threat');
  });

  // The hash shown for each file is the one sha256sum gives for the same file.
  await openSection(page, '증거 목록');
  expect(await shownSha256(page, '올라온 사진 원본')).toBe(sha256sum(files.photo));
  expect(await shownSha256(page, '유포된 영상')).toBe(sha256sum(files.video));
  expect(await shownSha256(page, '협박 전화 녹음')).toBe(sha256sum(files.audio));
  expect(await shownSha256(page, '게시판 글')).toBe(sha256sum(files.screenshot));
  await expect(page.locator('.evidence-card')).toHaveCount(5);

  // Previews are blurred until a deliberate tap.
  const photoCard = page.locator('.evidence-card', { has: page.getByRole('heading', { name: '올라온 사진 원본' }) });
  await expect(photoCard.locator('.preview-frame')).toHaveClass(/preview-hidden/);
  await page.screenshot({ path: screenshotPath('locker-timeline-ko'), fullPage: true });
  await photoCard.getByRole('button', { name: '미리보기 보기' }).click();
  await expect(photoCard.locator('.preview-frame')).not.toHaveClass(/preview-hidden/);

  // The timeline filters by situation.
  await page.locator('#timeline-filter').selectOption('threat');
  await expect(page.locator('.evidence-card')).toHaveCount(2);
  await page.locator('#timeline-filter').selectOption('');

  // Lock; a wrong passphrase is refused; the right one opens it again.
  await page.getByRole('button', { name: '지금 잠그기' }).click();
  await page.locator('#passphrase').fill('바다 건너 파란 우체통 옆 자전거');
  await page.getByRole('button', { name: '열기', exact: true }).click();
  await expect(page.locator('#unlock-error')).toHaveText(/열리지 않아요/, { timeout: 30_000 });
  await page.locator('#passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: '열기', exact: true }).click();
  await expect(page.locator('.evidence-card')).toHaveCount(5, { timeout: 30_000 });

  // The package: the bundle passes sha256sum -c and jikim verify; a tampered copy fails.
  await openSection(page, '경찰에 낼 자료');
  await page.locator('#case-reference').fill('JK-TEST-0001');
  const bundle = await download(page, '증거 묶음(.zip) 저장', 'bundle.zip');
  const out = path.join(files.dir, 'unzipped');
  execFileSync('unzip', ['-q', bundle, '-d', out]);
  expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out }).toString()).not.toMatch(/FAILED/);
  expect(spawnSync('node', [JIKIM, 'verify', bundle]).status).toBe(0);
  const tampered = path.join(files.dir, 'tampered.zip');
  // One byte flipped inside the call recording's data (stored, so its bytes are in the zip as they are).
  const zip = fs.readFileSync(bundle);
  const offset = zip.indexOf(fs.readFileSync(files.audio).subarray(0, 64));
  expect(offset).toBeGreaterThan(0);
  zip[offset + 40] = (zip[offset + 40] ?? 0) ^ 0xff;
  fs.writeFileSync(tampered, zip);
  expect(spawnSync('node', [JIKIM, 'verify', tampered]).status).not.toBe(0);

  // The same check in the app, on the device.
  await openSection(page, '설정');
  await page.locator('#verify-file').setInputFiles(bundle);
  await expect(page.locator('.verify-result.ok')).toBeVisible({ timeout: 120_000 });
  await page.locator('#verify-file').setInputFiles(tampered);
  await expect(page.locator('.verify-result.bad tr[data-status="mismatch"]')).toHaveCount(1, { timeout: 120_000 });

  // PDF reports in Korean and English; every page becomes a PNG to look at.
  await openSection(page, '경찰에 낼 자료');
  for (const language of ['ko', 'en'] as const) {
    await page.locator('#report-language').selectOption(language);
    const pdf = await download(page, 'PDF 보고서 저장', `report-${language}.pdf`);
    const prefix = screenshotPath(`locker-report-${language}`).replace(/\.png$/, '');
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, prefix]);
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/);
    expect(execFileSync('pdftotext', [pdf, '-']).toString()).toContain('010-9876-5432');
  }

  // Changing phones: wipe, make a new locker, bring the bundle in; every hash survives the move.
  await openSection(page, '설정');
  await page.getByRole('button', { name: '보관함 모두 지우기' }).click();
  await page.getByRole('button', { name: '네, 모두 지울게요' }).click();
  await createLocker(page);
  await openSection(page, '설정');
  await page.locator('#import-file').setInputFiles(tampered);
  await expect(page.locator('section[aria-labelledby="import-title"] .form-status')).toHaveText(/가져오지 않았어요/, { timeout: 120_000 });
  await expect(page.locator('.evidence-card')).toHaveCount(0);
  await page.locator('#import-file').setInputFiles(bundle);
  await expect(page.locator('section[aria-labelledby="import-title"] .form-status')).toHaveText('증거 5건을 가져왔어요.', { timeout: 300_000 });
  await expect(page.locator('.evidence-card')).toHaveCount(5);
  await openSection(page, '증거 목록');
  expect(await shownSha256(page, '유포된 영상')).toBe(sha256sum(files.video));
  expect(await shownSha256(page, '협박 전화 녹음')).toBe(sha256sum(files.audio));
  await expect(page.locator('.evidence-card', { has: page.getByRole('heading', { name: '협박 문자' }) })).toContainText('010-9876-5432');

  expectOnlyOwnStaticAssets(requests);
});

test('quick exit locks the locker, idle time locks it, and wipe leaves nothing behind', async ({ page }) => {
  test.setTimeout(120_000);
  await serveNeutralSite(page);
  await page.clock.install();
  await createLocker(page);

  await page.getByRole('link', { name: '빠른 나가기' }).click();
  await expect(page).toHaveURL(NEUTRAL_URL);
  await page.goto('/locker');
  await expect(page.locator('#passphrase')).toBeVisible();

  await page.locator('#passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: '열기', exact: true }).click();
  await expect(page.getByRole('button', { name: '지금 잠그기' })).toBeVisible({ timeout: 30_000 });
  await openSection(page, '설정');
  await page.getByLabel('사용하지 않으면 자동으로 잠그기').selectOption('1');
  await page.clock.fastForward('01:05');
  await expect(page.locator('.locker-notice')).toHaveText(/자동|한동안/);
  await expect(page.locator('#passphrase')).toBeVisible();

  await page.getByRole('button', { name: '보관함 모두 지우기' }).click();
  await page.getByRole('button', { name: '네, 모두 지울게요' }).click();
  await expect(page.locator('.locker-notice')).toHaveText('보관함을 모두 지웠어요.');
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await expect(page.locator('#new-passphrase')).toBeVisible();
});
