import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { BASE_URL } from './playwright.config.js';
import { screenshotPath } from './support.js';

test('keyboard only: answers to a personal plan, kept in this tab, never sent', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/what-happened');
  await expect(page.locator('#plan-fallback')).toBeHidden();
  await expect(page.locator('#plan-progress')).toHaveText('질문 1 / 3');
  const loaded = requests.length;

  // Question 1: nothing chosen is refused with a message.
  await page.locator('input[name="what"]').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#q1-error')).toBeVisible();

  // Choose "my images are online" and "someone threatens me" with Tab and Space.
  await page.locator('#what-images-online').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.locator('#what-threatened')).toBeChecked();
  await page.keyboard.press('Enter');

  // Question 2 has focus on its heading; arrow keys pick a radio.
  await expect(page.locator('fieldset[data-question="danger"] legend h2')).toBeFocused();
  await expect(page.locator('#plan-progress')).toHaveText('질문 2 / 3');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#danger-no')).toBeChecked();
  await page.keyboard.press('Enter');

  // Question 3: the offender's address is not known.
  await expect(page.locator('fieldset[data-question="address"] legend h2')).toBeFocused();
  await page.locator('#address-no').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');

  const plan = page.locator('#plan');
  await expect(plan).toBeVisible();
  await expect(page.locator('#plan-title')).toBeFocused();
  await expect(plan.locator('[data-when="scenario:dissemination"]')).toBeVisible();
  await expect(plan.locator('[data-when="scenario:threat"]')).toBeVisible();
  await expect(plan.locator('[data-when="scenario:illegal-shooting"]')).toBeHidden();
  await expect(plan.locator('[data-when="danger"]')).toBeHidden();
  await expect(plan.locator('[data-when="address:no"]')).toBeVisible();
  await expect(plan.locator('[data-when="address:yes"]')).toBeHidden();
  await expect(plan.locator('input[data-tick]:visible')).toHaveCount(7);

  // Tick the first step with the keyboard; it survives a reload of this tab.
  await plan.locator('#tick-dissemination-1').focus();
  await page.keyboard.press('Space');
  await page.reload();
  await expect(page.locator('#plan')).toBeVisible();
  await expect(page.locator('#tick-dissemination-1')).toBeChecked();
  await page.screenshot({ path: screenshotPath('ko-plan-phone'), fullPage: true });

  // Only the page and its own assets were ever requested: no answer left the browser.
  const origin = new URL(BASE_URL).origin;
  expect(requests.every((r) => r.startsWith('GET ') && new URL(r.slice(4)).origin === origin)).toBe(true);
  expect(requests.slice(loaded).every((r) => /\/what-happened$|\/assets\//.test(r))).toBe(true);

  // Printable on A4: the plan alone, without the site's chrome.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.exit-bar')).toBeHidden();
  await expect(page.locator('.print-only')).toBeVisible();
  const pdf = test.info().outputPath('plan.pdf');
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
  const info = execFileSync('pdfinfo', [pdf]).toString();
  expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, screenshotPath('ko-plan-print').replace(/\.png$/, '')]);
  expect(fs.existsSync(screenshotPath('ko-plan-print').replace(/\.png$/, '-1.png'))).toBe(true);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(text).toContain('나의 대응 계획');
  expect(text).toContain('내가 사는 곳의 경찰서');
  expect(text).not.toContain('빠른 나가기');
});

test('English: danger first, and start over clears the answers', async ({ page }) => {
  await page.goto('/en/what-happened');
  await page.locator('#what-found-camera').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#danger-yes').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#address-yes').check();
  await page.getByRole('button', { name: 'Show my plan' }).click();
  await expect(page.locator('[data-when="danger"]')).toBeVisible();
  await expect(page.locator('[data-when="scenario:illegal-shooting"]')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'First, call 112 now' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('en-plan-desktop'), fullPage: true });
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.locator('#what-found-camera')).not.toBeChecked();
  await expect(page.locator('fieldset[data-question="what"] legend h2')).toBeFocused();
});

test('only seeing illegal material skips the address question', async ({ page }) => {
  await page.goto('/en/what-happened');
  await page.locator('#what-saw-material').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('#plan-progress')).toHaveText('Question 2 of 2');
  await page.locator('#danger-no').check();
  await page.getByRole('button', { name: 'Show my plan' }).click();
  await expect(page.locator('[data-when="saw"]')).toBeVisible();
});

const PRINT_CASES = {
  ko: {
    path: '/what-happened', next: '다음', show: '내 대응 계획 보기', date: '2026년 3월 5일', title: '나의 대응 계획',
    screenOnly: ['빠른 나가기', '인쇄하기', '처음부터 다시 하기', '이전 질문으로 돌아가기', '이전 페이지', '처음 화면으로', '안전하게 둘러보기',
      '이 탭에서 계속 보여요', '증거 보관함에', '어디에도 보내지 않아요', '주요 메뉴', '질문 3 / 3'],
  },
  en: {
    path: '/en/what-happened', next: 'Next', show: 'Show my plan', date: '5 March 2026', title: 'Your plan',
    screenOnly: ['Exit this page', 'Start over', 'Back to the last question', 'Previous page', 'Back to the start', 'Browsing safely',
      'the ticks stay', 'evidence locker', 'never sends it anywhere', 'Question 3 of 3'],
  },
} as const;

test.describe('the printed plan', () => {
  test.use({ timezoneId: 'Asia/Seoul' });

  for (const [locale, c] of Object.entries(PRINT_CASES)) {
    test(`${locale}: links the evidence locker, and prints with its date and without screen-only text`, async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-03-05T10:00:00+09:00'));
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(c.path);
      await page.locator('#what-images-online').check();
      await page.locator('#what-threatened').check();
      await page.getByRole('button', { name: c.next }).click();
      await page.locator('#danger-no').check();
      await page.getByRole('button', { name: c.next }).click();
      await page.locator('#address-no').check();
      await page.getByRole('button', { name: c.show }).click();

      // "Secure the evidence" and "collect the threats" lead to the locker, in the plan's language.
      const locker = locale === 'ko' ? '/locker' : '/en/locker';
      await expect(page.locator(`#plan a[href="${locker}"]:visible`)).toHaveCount(2);
      await expect(page.locator(`#plan li:has(#tick-dissemination-1) a[href="${locker}"]`)).toBeVisible();
      await expect(page.locator(`#plan li:has(#tick-threat-1) a[href="${locker}"]`)).toBeVisible();
      await expect(page.locator('.plan-date time')).toHaveText(c.date);
      await expect(page.locator('.plan-date time')).toHaveAttribute('datetime', '2026-03-05');
      await page.screenshot({ path: screenshotPath(`${locale}-plan-locker-phone`), fullPage: true });

      await page.emulateMedia({ media: 'print' });
      const pdf = test.info().outputPath(`plan-${locale}.pdf`);
      await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
      const png = screenshotPath(`${locale}-plan-printed`).replace(/\.png$/, '');
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, png]);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ');
      expect(text).toContain(c.title);
      expect(text).toContain(c.date);
      for (const s of c.screenOnly) expect(text, s).not.toContain(s);
    });
  }
});
