import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createLockerAt, openSection, sha256sum } from './locker-fixtures.js';
import { BASE_URL } from './playwright.config.js';
import { screenshotPath } from './support.js';

test('from a URL record in the locker to a deletion letter, copied and opened as mail, with nothing sent', async ({ page, context }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-letter-'));
  const shot = path.join(dir, 'capture.png');
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=200x400', '-frames:v', '1', shot]);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
  try {
    await createLockerAt(page, '/en/locker', 'a long and memorable sentence');

    const longUrl = `https://board.example/view?id=${'a'.repeat(2500)}`;
    await page.locator('#kind-web').check();
    await page.locator('#evidence-file').setInputFiles(shot);
    await page.locator('#add-web-url').fill(longUrl);
    await page.locator('.evidence-form button[type=submit]').click();
    await expect(page.locator('.evidence-card')).toHaveCount(1, { timeout: 30_000 });

    await openSection(page, 'Ask for removal');
    // A Korean service: the letter cites Korean law and holds the whole URL, a typed one and the screenshot's hash.
    await page.locator('#letter-service').selectOption('naver');
    await page.locator('#letter-urls').fill('https://cafe.example/post/2\nnot a url');
    await page.locator('#letter-kind').selectOption('illegal-filming');
    await page.locator('#letter-language').selectOption('ko');
    await page.getByRole('button', { name: 'Make the letter' }).click();
    const body = page.locator('#letter-body');
    await expect(body).toHaveValue(/정보통신망 이용촉진 및 정보보호 등에 관한 법률/);
    const text = await body.inputValue();
    expect(text).toContain(longUrl);
    expect(text).toContain('https://cafe.example/post/2');
    expect(text).not.toContain('not a url');
    expect(text).toContain(sha256sum(shot));
    await page.getByRole('button', { name: 'Copy the letter' }).click();
    await expect(page.locator('.letter-output .form-status')).toHaveText('Copied.');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(`${await page.locator('#letter-subject').inputValue()}\n\n${text}`);
    // The same letter as an A4 PDF, with the whole URL.
    const [saved] = await Promise.all([page.waitForEvent('download'), page.locator('.letter-output').getByRole('button', { name: 'Save as PDF' }).click()]);
    const pdf = path.join(dir, 'letter.pdf');
    await saved.saveAs(pdf);
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/A4/);
    expect(execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/gu, '')).toContain(longUrl);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, screenshotPath('locker-letter-pdf-ko').replace(/\.png$/u, '')]);
    // Too long for a mail link (the 2,500-character URL): the page says to copy instead.
    await page.locator('#letter-service').selectOption('stopncii');
    await page.getByRole('button', { name: 'Make the letter' }).click();
    await expect(page.getByText('too long for a mail link')).toBeVisible();

    // A short letter to a service with a published e-mail opens as mail; nothing is sent by Jikim.
    await page.locator(`input[name="letter-item"]`).uncheck();
    await page.locator('#letter-language').selectOption('en');
    await page.getByRole('button', { name: 'Make the letter' }).click();
    await expect(page.locator('#letter-body')).not.toHaveValue(/정보통신망/);
    const href = await page.getByRole('link', { name: 'Open in my mail app' }).getAttribute('href');
    expect(href).toMatch(/^mailto:stopncii@swgfl\.org\.uk\?subject=/);
    expect(decodeURIComponent(href?.split('&body=')[1] ?? '').replaceAll('\r\n', '\n')).toBe(await page.locator('#letter-body').inputValue());
    await page.screenshot({ path: screenshotPath('locker-letter-en'), fullPage: true });

    for (const url of requests) {
      if (url.startsWith('blob:')) continue;
      expect(url.startsWith(`${BASE_URL}/en/locker`) || url.startsWith(`${BASE_URL}/assets/`), url).toBe(true);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a letter says where and how to send it, and "I sent it" records each address in the tracker in one tap (ko)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await createLockerAt(page, '/locker', 'a long and memorable sentence');
  const add = page.locator('#section-add');
  for (const url of ['https://cafe.example/post/1', 'https://cafe.example/post/2']) {
    await add.getByRole('radio', { name: '온라인 게시물' }).check();
    await add.getByLabel('게시물 주소(URL)').fill(url);
    await add.getByRole('button', { name: '보관하기', exact: true }).click();
    await expect(add.locator('.form-status')).toHaveText('보관했어요.', { timeout: 30_000 });
  }
  await openSection(page, '삭제 요청');
  const panel = page.locator('#section-removal');
  // The letter starts with a channel whose route was read on its own pages.
  await expect(panel.getByLabel('어디에 요청하나요?')).toHaveValue('naver');
  await expect(panel.locator('.warning-note', { hasText: '확인하지 못했어요' })).toHaveCount(0);
  await panel.getByRole('button', { name: '요청서 만들기' }).click();
  const send = panel.locator('.letter-send');
  await expect(send.getByRole('heading', { name: '어디로, 어떻게 보내나요' })).toBeVisible();
  await expect(send.getByRole('link', { name: '신고 양식 열기' })).toHaveAttribute('href', 'https://help.naver.com/inquiry/input.help?categoryNo=5748&serviceNo=30001&lang=ko');
  await expect(send).toContainText('앱 안의 신고');
  await expect(panel.locator('#letter-body')).toHaveValue(/귀사 서비스에 게시된/);
  await send.getByLabel('보낸 방법').selectOption('form');
  await send.getByRole('button', { name: '보냈어요 — 요청 기록에 남기기' }).click();
  await expect(send.getByRole('status')).toContainText('주소 2건');
  await page.screenshot({ path: screenshotPath('locker-letter-sent-ko'), fullPage: true });
  await send.getByRole('button', { name: '요청 기록 보기' }).click();
  const tracker = page.locator('section[aria-labelledby="tracker-title"]');
  await expect(tracker.locator('.evidence-card')).toHaveCount(2);
  for (const url of ['https://cafe.example/post/1', 'https://cafe.example/post/2']) {
    const card = tracker.locator('.evidence-card', { has: page.locator('h3', { hasText: url }) });
    await expect(card).toContainText('네이버');
    await expect(card).toContainText('신고 양식');
    await expect(card.locator('.takedown-status')).toHaveText('요청함');
  }

  // To a regulator: asked for help, never addressed as the company hosting the content.
  await openSection(page, '삭제 요청');
  await panel.getByLabel('어디에 요청하나요?').selectOption('kcsc');
  await panel.getByRole('button', { name: '요청서 만들기' }).click();
  const body = await panel.locator('#letter-body').inputValue();
  expect(body).not.toContain('귀사');
  expect(body).toContain('삭제되도록 도와주시기를 요청합니다');
  await expect(send.getByRole('link', { name: '1377' })).toHaveAttribute('href', 'tel:1377');
});

test('a correction made in the same sitting reaches the letter, the requests and the PDF report; a letter made before it says so (ko)', async ({ page }) => {
  test.setTimeout(180_000);
  await createLockerAt(page, '/locker', 'a long and memorable sentence');
  const add = page.locator('#section-add');
  await add.getByRole('radio', { name: '온라인 게시물' }).check();
  await add.getByLabel('제목', { exact: true }).fill('게시판 글');
  await add.getByLabel('게시물 주소(URL)').fill('https://board.example/old-address');
  await add.getByRole('button', { name: '보관하기', exact: true }).click();
  await expect(add.locator('.form-status')).toHaveText('보관했어요.', { timeout: 30_000 });

  await openSection(page, '삭제 요청');
  const removal = page.locator('#section-removal');
  await removal.getByRole('button', { name: '요청서 만들기' }).click();
  await expect(removal.locator('#letter-body')).toHaveValue(/old-address/);

  await openSection(page, '증거 목록');
  const card = page.locator('.evidence-card', { has: page.locator('h3', { hasText: '게시판 글' }) });
  await card.getByRole('button', { name: '내용 고치기' }).click();
  await card.getByLabel('게시물 주소(URL)').fill('https://board.example/new-address');
  await card.getByRole('button', { name: '고친 내용 저장' }).click();
  await expect(card).toContainText('new-address');

  await openSection(page, '삭제 요청');
  await expect(removal.getByText('이 요청서를 만든 뒤에 보관함의 기록이 바뀌었어요')).toBeVisible();
  await expect(removal.getByLabel('https://board.example/new-address')).toBeChecked();
  await removal.getByRole('button', { name: '요청서 만들기' }).click();
  await expect(removal.locator('#letter-body')).toHaveValue(/new-address/);
  await expect(removal.locator('#letter-body')).not.toHaveValue(/old-address/);
  await expect(removal.getByText('이 요청서를 만든 뒤에 보관함의 기록이 바뀌었어요')).toHaveCount(0);
  await removal.getByRole('button', { name: '보냈어요 — 요청 기록에 남기기' }).click();
  await removal.getByRole('button', { name: '요청 기록 보기' }).click();
  await expect(page.locator('section[aria-labelledby="tracker-title"] .evidence-card h3')).toHaveText(['https://board.example/new-address']);

  await openSection(page, '경찰에 낼 자료');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-follow-'));
  try {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'PDF 보고서 저장' }).click()]);
    const pdf = path.join(dir, 'report.pdf');
    await download.saveAs(pdf);
    const words = execFileSync('pdftotext', [pdf, '-']).toString();
    expect(words).toContain('https://board.example/new-address');
    // The old address stays only in the item's history of corrections, never as the exhibit's address.
    expect(words.split('https://board.example/old-address').length - 1).toBeLessThanOrEqual(1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
