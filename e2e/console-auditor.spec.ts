/**
 * The auditor's journey (issue 11 D): `jikim admin invite --role auditor` → set-up with TOTP → the
 * audit log, newest first → filtered by action → the CSV of those rows → an anchor now → the whole
 * log verified. Korean and English, phone and desktop; nothing wider than the screen.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { DATA_DIR, PORT } from './playwright.config.js';
import { screenshotPath } from './support.js';

const CLI = path.resolve(import.meta.dirname, '../packages/cli/bin/jikim.js');

const WORDS = {
  ko: {
    setupTitle: '계정 설정', login: '아이디', password: '비밀번호', passwordAgain: '비밀번호 확인', code: '인증 앱의 6자리 코드', finish: '설정 마치기',
    title: '감사 기록', action: '작업', search: '찾기', csv: 'CSV로 내려받기', anchorNow: '지금 앵커 남기기', anchored: '앵커로 남겼습니다',
    verify: '전체 기록 검증', intact: '이상 없음', cli: '서버 명령',
  },
  en: {
    setupTitle: 'Set up your account', login: 'Login name', password: 'Password', passwordAgain: 'Password again', code: '6-digit code from the app', finish: 'Finish set-up',
    title: 'Audit log', action: 'Action', search: 'Search', csv: 'Download as CSV', anchorNow: 'Anchor now', anchored: 'Anchored outside the database',
    verify: 'Verify the whole log', intact: 'Intact', cli: 'Server command',
  },
} as const;

function invite(name: string, locale: 'ko' | 'en'): string {
  const out = execFileSync('node', [CLI, 'admin', 'invite', '--role', 'auditor', '--name', name], {
    env: { ...process.env, DATA_DIR, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
  }).toString();
  const links = out.match(/http:\/\/\S+#setup=[A-Za-z0-9_-]{43}/g) ?? [];
  const link = links.find((l) => (locale === 'en' ? l.includes('/en/console') : !l.includes('/en/console')));
  if (!link) throw new Error(`no link in: ${out}`);
  return link;
}

const fits = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const locale of ['ko', 'en'] as const) {
  for (const [viewport, size] of [['phone', { width: 360, height: 780 }], ['desktop', { width: 1280, height: 900 }]] as const) {
    test(`auditor (${locale}, ${viewport}): reads, filters, exports, anchors and verifies the audit log`, async ({ browser }) => {
      test.setTimeout(120_000);
      const w = WORDS[locale];
      const tag = `${locale}-${viewport}-${randomBytes(3).toString('hex')}`;
      const context = await browser.newContext({ viewport: size, acceptDownloads: true });
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });

      await page.goto(invite(locale === 'ko' ? `이감사 ${tag}` : `Audrey ${tag}`, locale));
      await expect(page.getByRole('heading', { level: 1, name: w.setupTitle })).toBeFocused();
      const secret = (await page.locator('#totp-key').innerText()).replace(/\s/g, '');
      const password = locale === 'ko' ? '감사 기록은 두 해 동안 남아 있어요' : 'audit rows stay for two whole years';
      await page.getByLabel(w.login, { exact: true }).fill(`au.${tag}`);
      await page.getByLabel(w.password, { exact: true }).fill(password);
      await page.getByLabel(w.passwordAgain, { exact: true }).fill(password);
      await page.getByLabel(w.code).fill(await generate({ secret }));
      await page.getByRole('button', { name: w.finish }).click();

      // An auditor lands on the audit log; the invite made by the CLI is in it.
      await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
      const table = page.locator('.audit-table');
      await expect(table.locator('tbody tr').first()).toBeVisible();
      await expect(table).toContainText('staff.invite');
      await expect(table).toContainText(w.cli);
      expect(await fits(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath(`console-audit-${locale}-${viewport}`), fullPage: true });

      await page.getByLabel(w.action, { exact: true }).fill('staff.invite');
      await page.getByRole('button', { name: w.search, exact: true }).click();
      await expect(table.locator('tbody tr code').first()).toHaveText('staff.invite');
      expect(new Set(await table.locator('tbody tr code').allInnerTexts())).toEqual(new Set(['staff.invite']));

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: w.csv }).click()]);
      expect(download.suggestedFilename()).toMatch(/^jikim-audit-\d{8}\.csv$/);
      const csv = fs.readFileSync(await download.path());
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = csv.toString('utf8').slice(1).split('\r\n').filter(Boolean);
      expect(lines[0]).toBe('"seq","at","actor_kind","actor_id","session_id","action","case_id","subject_staff_id","reason","detail","prev_hash","hash"');
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.slice(1).every((line) => line.includes('"staff.invite"'))).toBe(true);

      await page.getByRole('button', { name: w.anchorNow }).click();
      await expect(page.locator('.audit-integrity [role=status]')).toContainText(w.anchored);
      await page.getByRole('button', { name: w.verify }).click();
      await expect(page.locator('.audit-integrity [role=status]')).toContainText(w.intact);
      expect(await fits(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath(`console-audit-verified-${locale}-${viewport}`), fullPage: true });
      expect(violations).toEqual([]);
      await context.close();
    });
  }
}
