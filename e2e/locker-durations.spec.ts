/**
 * Recordings and videos keep their length, measured on the device when they are kept: shown on the
 * item card, in the PDF report's exhibit section and in the bundle's manifest. Real files made by
 * ffmpeg at test time: a phone-style MP4 video and M4A call recording, and a WebM recording without
 * a duration in its header (as MediaRecorder writes them), which the browser must seek to measure.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createLockerAt } from './locker-fixtures.js';
import { screenshotPath } from './support.js';

const ffmpeg = (...args: string[]) => execFileSync('ffmpeg', ['-loglevel', 'error', '-y', ...args]);

let dir: string;
let files: { video: string; call: string; voiceNote: string; photo: string };
test.beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-durations-'));
  const at = (name: string) => path.join(dir, name);
  files = { video: at('영상.mp4'), call: at('통화 녹음.m4a'), voiceNote: at('voice-note.webm'), photo: at('사진.jpg') };
  ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=160x120:rate=5', '-t', '65', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', files.video);
  ffmpeg('-f', 'lavfi', '-i', 'sine=frequency=440:duration=3', files.call);
  // "-live 1" leaves the Duration element out, as a browser's MediaRecorder does.
  ffmpeg('-f', 'lavfi', '-i', 'sine=frequency=330:duration=2', '-c:a', 'libopus', '-f', 'webm', '-live', '1', files.voiceNote);
  ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=1', '-frames:v', '1', files.photo);
});
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The locker's sections, when it has a menu; everything is on one page otherwise. */
async function openSection(page: Page, name: string): Promise<void> {
  const menu = page.locator('.locker-menu');
  if (await menu.count()) await menu.getByRole('button', { name, exact: true }).click();
}

async function keep(page: Page, file: string, title: string): Promise<void> {
  await openSection(page, '증거 추가');
  await page.locator('#kind-file').check();
  await page.locator('#evidence-file').setInputFiles(file);
  await page.locator('#add-title').fill(title);
  await page.locator('.evidence-form button[type=submit]').click();
  await expect(page.locator('.evidence-form .form-status')).toHaveText('보관했어요.', { timeout: 60_000 });
}

/** The value of a label–value row on an item's card. */
function row(page: Page, title: string, label: string) {
  return page.locator('.evidence-card', { has: page.getByRole('heading', { name: title }) }).locator(`dt:text-is("${label}") + dd`);
}

async function download(page: Page, button: string, name: string): Promise<string> {
  const [saved] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: button }).click()]);
  const file = path.join(dir, name);
  await saved.saveAs(file);
  return file;
}

test('a video and recordings keep the length measured on the device: card, PDF report and manifest', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 360, height: 800 });
  await createLockerAt(page, '/locker', '바다 건너 빨간 우체통 옆 자전거');
  await keep(page, files.video, '유포된 영상');
  await keep(page, files.call, '협박 전화 녹음');
  await keep(page, files.voiceNote, '음성 메시지');
  await keep(page, files.photo, '올라온 사진');

  await openSection(page, '증거 목록');
  await expect(page.locator('.evidence-card')).toHaveCount(4);
  await expect(row(page, '유포된 영상', '재생 시간')).toHaveText('1분 5초');
  await expect(row(page, '협박 전화 녹음', '재생 시간')).toHaveText('3초');
  await expect(row(page, '음성 메시지', '재생 시간')).toHaveText('2초');
  await expect(row(page, '올라온 사진', '재생 시간')).toHaveCount(0);
  // The file type in words, never a media type such as "video/mp4".
  await expect(row(page, '유포된 영상', '실제 파일 형식')).toHaveText('동영상');
  await expect(row(page, '협박 전화 녹음', '실제 파일 형식')).toHaveText('녹음');
  // Not asserted for the WebM voice note: its bytes sniff as video/webm whether or not it holds a picture.
  await expect(row(page, '올라온 사진', '실제 파일 형식')).toHaveText('사진');
  await expect(page.locator('section[aria-labelledby="timeline-title"]')).not.toContainText(/(image|video|audio)\//u);
  await page.locator('.evidence-card', { has: page.getByRole('heading', { name: '유포된 영상' }) }).screenshot({ path: screenshotPath('locker-duration-card-ko') });

  await openSection(page, '경찰에 낼 자료');
  await page.locator('#case-reference').fill('JK-DURATION');
  for (const [language, lengths] of [['ko', ['1분 5초', '3초', '2초']], ['en', ['1 min 5 s', '3 s', '2 s']]] as const) {
    await page.locator('#report-language').selectOption(language);
    const pdf = await download(page, 'PDF 보고서 저장', `report-${language}.pdf`);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    // pdftotext may drop the space in "3 s"; the row is its label, then the length.
    const label = language === 'ko' ? '재생 시간' : 'Length';
    for (const length of lengths) expect(text).toMatch(new RegExp(`${label}\\s+${length.replaceAll(' ', ' ?')}\\s`, 'u'));
    expect(text).toContain(language === 'ko' ? '동영상 (video/mp4)' : 'video (video/mp4)');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, screenshotPath(`locker-duration-report-${language}`).replace(/\.png$/u, '')]);
  }

  await page.locator('#report-language').selectOption('ko');
  const bundle = await download(page, '증거 묶음(.zip) 저장', 'bundle.zip');
  const manifest = JSON.parse(execFileSync('unzip', ['-p', bundle, 'manifest.json'], { encoding: 'utf8' })) as {
    items: { title: string; file?: { durationSeconds?: number } }[];
  };
  const duration = (title: string) => manifest.items.find((item) => item.title === title)?.file?.durationSeconds;
  expect(duration('유포된 영상')).toBeCloseTo(65, 0);
  expect(duration('협박 전화 녹음')).toBeCloseTo(3, 0);
  expect(duration('음성 메시지')).toBeCloseTo(2, 0);
  expect(duration('올라온 사진')).toBeUndefined();
});
