/**
 * Asking a support centre for help from the locker (issue 12, decision 0016), against the real
 * server: three items kept in one sitting, the request's five steps, a review that lists exactly
 * those items, the proof of work, the code and PIN, the file by tus; then the request's status in
 * the locker and, in a fresh browser, on /help/status with the code and PIN; a reply; withdrawal,
 * after which the code no longer works. No file byte leaves but in tus PATCHes; nothing goes to
 * another origin. At 360 px in Korean, on a desktop in English.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page, type Request } from '@playwright/test';
import { createLockerAt, openSection, sha256sum } from './locker-fixtures.js';
import { BASE_URL } from './playwright.config.js';
import { screenshotPath } from './support.js';
import { smallTargets } from './tap-targets.js';

const L = {
  ko: {
    path: '/locker', status: '/help/status', viewport: { width: 360, height: 740 },
    help: '기관에 도움 요청', keep: '보관하기', file: '파일', fileInput: '보관할 파일 고르기', title: '제목', web: '온라인 게시물',
    url: '게시물 주소(URL)', message: '협박 메시지', sender: '보낸 사람 전화번호', text: '메시지 내용',
    start: '시작하기', next: '다음', send: '보내기', needChannel: '연락 방법을 하나 이상 골라 주세요.', needPhone: '전화나 문자로 연락받으려면 전화번호를 적어 주세요.',
    written: '적어 두었어요', received: '접수되었어요', fileReceived: '파일을 다 받았어요', reply: '상담사에게 답하기', sendReply: '답장 보내기',
    withdraw: '요청 거두기', confirmWithdraw: '네, 거두고 모두 지울게요', cannotUndo: '거두면 되돌릴 수 없어요', withdrawn: '요청을 거두었어요',
    code: '요청 번호', pin: '확인 번호 (숫자 여섯 자리)', open: '요청 열기', wrong: '번호가 맞지 않거나',
    add: '증거 추가', note: '메모', addMore: '증거 더 보내기', sendChosen: '고른 증거 보내기',
  },
  en: {
    path: '/en/locker', status: '/en/help/status', viewport: { width: 1280, height: 900 },
    help: 'Ask a centre for help', keep: 'Keep it', file: 'File', fileInput: 'Choose the file to keep', title: 'Title', web: 'Online post',
    url: 'Address of the post (URL)', message: 'Threat message', sender: 'Sender’s phone number', text: 'What the message says',
    start: 'Start', next: 'Next', send: 'Send', needChannel: 'Please choose at least one way to contact you.', needPhone: 'Please give a phone number for a call or a text message.',
    written: 'I have written them down', received: 'Received', fileReceived: 'file received', reply: 'Reply to the counsellor', sendReply: 'Send the reply',
    withdraw: 'Withdraw my request', confirmWithdraw: 'Yes, withdraw and destroy it all', cannotUndo: 'This cannot be undone', withdrawn: 'The request is withdrawn',
    code: 'Request code', pin: 'PIN (six digits)', open: 'Open the request', wrong: 'The code or PIN does not match',
    add: 'Add evidence', note: 'Note', addMore: 'Send more items', sendChosen: 'Send the chosen items',
  },
} as const;

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

interface Sent {
  readonly url: string;
  readonly method: string;
  readonly body: Buffer | null;
}

function recordRequests(page: Page, sent: Sent[]): void {
  page.on('request', (request: Request) => sent.push({ url: request.url(), method: request.method(), body: request.postDataBuffer() }));
}

for (const locale of ['ko', 'en'] as const) {
  const l = L[locale];
  test(`a help request from the locker, its status on another device, a reply and withdrawal (${locale})`, async ({ page, browser }) => {
    test.setTimeout(300_000);
    await page.setViewportSize(l.viewport);
    const sent: Sent[] = [];
    recordRequests(page, sent);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-help-'));
    try {
      const photo = path.join(dir, 'photo.jpg');
      execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=640x480:rate=1', '-frames:v', '1', photo]);
      const photoSha = sha256sum(photo);
      const photoBytes = fs.readFileSync(photo);

      // Three items in one sitting: a photo, a web record, a message.
      await createLockerAt(page, l.path, 'a long and memorable sentence for help requests');
      const form = page.locator('#section-add');
      const keep = async () => {
        const before = await page.locator('.evidence-card').count();
        await form.getByRole('button', { name: l.keep, exact: true }).click();
        await expect(page.locator('.evidence-card')).toHaveCount(before + 1, { timeout: 60_000 });
      };
      await form.getByRole('radio', { name: l.file, exact: true }).check();
      await form.getByLabel(l.fileInput).setInputFiles(photo);
      await form.getByLabel(l.title, { exact: true }).fill(`photo from the party ${locale}`);
      await keep();
      await form.getByRole('radio', { name: l.web, exact: true }).check();
      await form.getByLabel(l.url).fill(`https://board.example/view?id=${locale}7`);
      await form.getByLabel(l.title, { exact: true }).fill(`post on the board ${locale}`);
      await keep();
      await form.getByRole('radio', { name: l.message, exact: true }).check();
      await form.getByLabel(l.sender).fill('010-1111-2222');
      await form.getByLabel(l.text).fill('I will post it');
      await keep();

      // The request, step by step; nothing goes before "Send".
      await openSection(page, l.help);
      const section = page.locator('#section-help');
      await section.getByRole('button', { name: l.start, exact: true }).click();
      await expect(section.locator('h3.help-step-title')).toBeFocused();
      await section.getByRole('button', { name: l.next, exact: true }).click();
      await expect(section.getByText(l.needChannel)).toBeVisible();
      await expect(section.locator('#help-channel-phone')).toBeFocused();
      await section.locator('#help-channel-sms').check();
      await section.locator('#help-channel-email').check();
      await expect(section.locator('#help-no-voicemail')).toBeChecked();
      await section.getByRole('button', { name: l.next, exact: true }).click();
      // The missing number is announced with its own field, which takes the focus.
      await expect(section.locator('#help-phone')).toBeFocused();
      await expect(section.locator('#help-phone')).toHaveAttribute('aria-describedby', /help-phone-error/);
      await expect(section.locator('#help-phone-error')).toHaveText(l.needPhone);
      await section.locator('#help-phone').fill('010-9876-5432');
      await section.locator('#help-email').fill('safe@example.org');
      await section.locator('#help-safeHours').fill('weekdays after 7 pm');
      await section.locator('#help-codeWord').fill('blue kettle');
      await section.locator('#help-name').fill('Min');
      expect(await smallTargets(page, '#section-help'), 'contact step').toEqual([]);
      expect(await axe(page), 'contact step').toEqual([]);
      await page.screenshot({ path: screenshotPath(`help-request-${locale}-contact`), fullPage: true });
      await section.getByRole('button', { name: l.next, exact: true }).click();
      await section.locator('#help-situation-dissemination').check();
      await section.locator('#help-message').fill('Please help me get the photo taken down.');
      await section.getByRole('button', { name: l.next, exact: true }).click();
      // None is chosen to begin with; all three are chosen by hand.
      const boxes = section.locator('.help-items input[type="checkbox"]');
      await expect(boxes).toHaveCount(3);
      for (const box of await boxes.all()) await expect(box).not.toBeChecked();
      for (const box of await boxes.all()) await box.check();
      expect(await smallTargets(page, '#section-help'), 'items step').toEqual([]);
      expect(await axe(page), 'items step').toEqual([]);
      await page.screenshot({ path: screenshotPath(`help-request-${locale}-items`), fullPage: true });
      await section.getByRole('button', { name: l.next, exact: true }).click();

      // The review lists exactly those three items, each with its own record.
      const reviewed = section.locator('.help-review-items > li');
      await expect(reviewed).toHaveCount(3);
      await expect(section.locator('.help-review-contact')).toContainText('010-9876-5432');
      await expect(section.locator('.help-review-contact')).toContainText('safe@example.org');
      await expect(section.locator('.help-review-contact')).toContainText('blue kettle');
      const photoCard = reviewed.filter({ hasText: `photo from the party ${locale}` });
      await expect(photoCard).toContainText(photoSha.slice(0, 12));
      await expect(reviewed.filter({ hasText: `post on the board ${locale}` })).toContainText(`https://board.example/view?id=${locale}7`);
      await expect(reviewed.filter({ hasText: '010-1111-2222' })).toHaveCount(1);
      expect(sent.filter((s) => s.url.includes('/api/help/'))).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(await smallTargets(page, '#section-help'), 'review step').toEqual([]);
      expect(await axe(page), 'review step').toEqual([]);
      await page.screenshot({ path: screenshotPath(`help-request-${locale}-review`), fullPage: true });

      await section.getByRole('button', { name: l.send, exact: true }).click();
      await expect(section.locator('#help-case-code')).toBeVisible({ timeout: 120_000 });
      const code = (await section.locator('#help-case-code').innerText()).trim();
      const pin = (await section.locator('#help-case-pin').innerText()).replace(/\s/gu, '');
      expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}$/u);
      expect(pin).toMatch(/^\d{6}$/u);
      await expect(section.locator('[data-upload-state="complete"]')).toHaveCount(1, { timeout: 60_000 });
      await page.screenshot({ path: screenshotPath(`help-request-${locale}-code`), fullPage: true });
      expect(await axe(page), 'code and PIN').toEqual([]);

      // The status in the locker: received, the file arrived.
      await section.getByRole('button', { name: l.written, exact: true }).click();
      await expect(section.locator('[data-status="received"]')).toContainText(l.received);
      await expect(section.locator('.help-status-items > li')).toHaveCount(3);
      await expect(section.locator('.help-status-items > li[data-upload="complete"]')).toHaveCount(1, { timeout: 30_000 });
      await expect(section.locator('.help-status-items > li[data-upload="complete"]')).toContainText(l.fileReceived);
      await page.screenshot({ path: screenshotPath(`help-request-${locale}-status`), fullPage: true });
      expect(await axe(page), 'status in the locker').toEqual([]);

      // The code and PIN are sealed in the locker: after a reload and an unlock, the status is there again.
      await page.reload();
      await page.locator('#passphrase').fill('a long and memorable sentence for help requests');
      await page.locator('#passphrase').press('Enter');
      await expect(page.locator('#section-help [data-status="received"]')).toBeVisible({ timeout: 30_000 });
      expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(pin);

      // Later, one more item: the same picker offers only what was not sent yet.
      await openSection(page, l.add);
      await form.getByRole('radio', { name: l.note, exact: true }).check();
      await form.getByLabel(l.title, { exact: true }).fill(`a note for later ${locale}`);
      await keep();
      await openSection(page, l.help);
      await section.getByRole('button', { name: l.addMore, exact: true }).click();
      await expect(section.locator('.help-add-items input[type="checkbox"]')).toHaveCount(1);
      await section.locator('.help-add-items input[type="checkbox"]').check();
      await section.getByRole('button', { name: l.sendChosen, exact: true }).click();
      await expect(section.locator('.help-status-items > li')).toHaveCount(4);
      await expect(section.locator('.help-status-items')).toContainText(`a note for later ${locale}`);

      // Only tus PATCHes carry the file's bytes; every other body is far smaller and holds none of them.
      const sample = photoBytes.subarray(2_000, 2_048);
      const others = sent.filter((s) => s.body && s.method !== 'PATCH');
      for (const s of others) {
        expect(s.body?.includes(sample), `${s.method} ${s.url}`).toBe(false);
        expect(s.body?.toString('utf8').includes(sample.toString('base64')), `${s.method} ${s.url}`).toBe(false);
      }
      const request = others.find((s) => s.method === 'POST' && s.url.endsWith('/api/help/v1/requests'));
      const body = JSON.parse(request?.body?.toString('utf8') ?? '{}') as { items?: { item: { title: string; file?: { sha256: string } } }[] };
      expect(body.items?.map((i) => i.item.title).sort()).toEqual([`photo from the party ${locale}`, `post on the board ${locale}`, locale === 'ko' ? '메시지' : 'Message'].sort());
      expect(body.items?.flatMap((i) => i.item.file?.sha256 ?? [])).toEqual([photoSha]);
      const patches = sent.filter((s) => s.method === 'PATCH');
      expect(patches.length).toBeGreaterThanOrEqual(1);
      expect(patches.every((s) => new URL(s.url).pathname.startsWith('/api/help/v1/uploads'))).toBe(true);

      // Another device: the code and PIN open the same request.
      const other = await browser.newContext({ viewport: l.viewport });
      const away = await other.newPage();
      recordRequests(away, sent);
      await away.goto(l.status);
      await away.getByLabel(l.code).fill(code.toLowerCase().replaceAll('-', ''));
      await away.getByLabel(l.pin).fill(pin);
      await away.getByRole('button', { name: l.open, exact: true }).click();
      await expect(away.locator('[data-status="received"]')).toBeVisible();
      await expect(away.locator('.help-status-items > li')).toHaveCount(4);
      await expect(away.locator('.help-status-items > li[data-upload="complete"]')).toHaveCount(1);
      await expect(away.locator('#quick-exit')).toBeVisible();
      expect(away.url()).not.toContain(pin);
      await away.getByLabel(l.reply).fill('Thank you, evenings are best.');
      await away.getByRole('button', { name: l.sendReply, exact: true }).click();
      await expect(away.locator('.help-messages > li.from-you')).toContainText('Thank you, evenings are best.');
      // The code and PIN are in no storage (the site's own trail of pages is in sessionStorage).
      const stored = await away.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
      expect(stored).not.toContain(pin);
      expect(stored.toUpperCase()).not.toContain(code.replaceAll('-', '').slice(0, 5));
      expect(await smallTargets(away, '#help-status-root'), 'status page').toEqual([]);
      expect(await away.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await away.screenshot({ path: screenshotPath(`help-status-${locale}`), fullPage: true });
      expect(await axe(away), 'status page').toEqual([]);

      // Withdrawal, after a screen that says what cannot be undone; then the code stops working.
      await away.getByRole('button', { name: l.withdraw, exact: true }).click();
      await expect(away.getByText(l.cannotUndo)).toBeVisible();
      await away.screenshot({ path: screenshotPath(`help-withdraw-${locale}`), fullPage: true });
      expect(await axe(away), 'withdrawal').toEqual([]);
      await expect(away.locator('#help-withdraw-title')).toBeFocused();
      await away.getByRole('button', { name: l.confirmWithdraw, exact: true }).click();
      await expect(away.getByText(l.withdrawn)).toBeVisible();
      await away.getByLabel(l.code).fill(code);
      await away.getByLabel(l.pin).fill(pin);
      await away.getByRole('button', { name: l.open, exact: true }).click();
      await expect(away.getByRole('alert')).toContainText(l.wrong);
      await other.close();

      // Nothing went to any other origin.
      const origin = new URL(BASE_URL).origin;
      expect(sent.filter((s) => new URL(s.url).origin !== origin).map((s) => s.url)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('a file half-sent when the page reloads carries on from where it stopped after the next unlock', async ({ page }) => {
  test.setTimeout(240_000);
  const l = L.ko;
  await page.setViewportSize(l.viewport);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-help-resume-'));
  try {
    const video = path.join(dir, 'clip.bin');
    fs.writeFileSync(video, Buffer.alloc(20 * 1024 * 1024, 7).map((_, i) => (i * 31) % 251));
    const passphrase = 'another long sentence for a resumed upload';
    await createLockerAt(page, l.path, passphrase);
    const form = page.locator('#section-add');
    await form.getByRole('radio', { name: l.file, exact: true }).check();
    await form.getByLabel(l.fileInput).setInputFiles(video);
    await form.getByLabel(l.title, { exact: true }).fill('long recording');
    await form.getByRole('button', { name: l.keep, exact: true }).click();
    await expect(page.locator('.evidence-card')).toHaveCount(1, { timeout: 60_000 });

    // After the first PATCH, none arrives (tus's retries neither) until the page has reloaded, as when a phone closes the tab.
    const patches: { url: string; offset: string | undefined; afterReload: boolean }[] = [];
    let cut = false;
    let reloaded = false;
    await page.route('**/api/help/v1/uploads/**', async (route) => {
      const request = route.request();
      if (request.method() !== 'PATCH') return route.continue();
      patches.push({ url: request.url(), offset: request.headers()['upload-offset'], afterReload: reloaded });
      if (patches.length >= 2 && !reloaded) {
        cut = true;
        return route.abort();
      }
      return route.continue();
    });

    await openSection(page, l.help);
    const section = page.locator('#section-help');
    await section.getByRole('button', { name: l.start, exact: true }).click();
    await section.locator('#help-channel-email').check();
    await section.locator('#help-email').fill('safe@example.org');
    await section.getByRole('button', { name: l.next, exact: true }).click();
    await section.getByRole('button', { name: l.next, exact: true }).click();
    await section.locator('.help-items input[type="checkbox"]').check();
    await section.getByRole('button', { name: l.next, exact: true }).click();
    await section.getByRole('button', { name: l.send, exact: true }).click();
    await expect(section.locator('#help-case-code')).toBeVisible({ timeout: 120_000 });
    await expect.poll(() => cut, { timeout: 60_000 }).toBe(true);
    await page.reload();
    reloaded = true;

    await page.locator('#passphrase').fill(passphrase);
    await page.locator('#passphrase').press('Enter');
    await expect(page.locator('#section-help .help-status-items > li[data-upload="complete"]')).toHaveCount(1, { timeout: 120_000 });
    // One upload, resumed: after the reload the PATCHes go to the same address, starting past the first part.
    expect(new Set(patches.map((p) => p.url)).size).toBe(1);
    const resumed = patches.filter((p) => p.afterReload);
    expect(resumed.length).toBeGreaterThanOrEqual(1);
    expect(Number(resumed[0]?.offset)).toBeGreaterThan(0);
    expect(Number(patches[0]?.offset)).toBe(0);
    await page.screenshot({ path: screenshotPath('help-request-ko-resumed'), fullPage: true });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the status page says it needs JavaScript, and quick exit is still a link', async ({ page }) => {
    await page.goto('/help/status');
    await expect(page.locator('#help-status-root .warning-note')).toContainText('자바스크립트가 필요해요');
    await expect(page.locator('#quick-exit')).toHaveAttribute('href', /^https:\/\//u);
    await page.goto('/en/help/status');
    await expect(page.locator('#help-status-root .warning-note')).toContainText('needs JavaScript');
  });
});
