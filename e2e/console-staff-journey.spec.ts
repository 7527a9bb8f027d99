/**
 * The staff journey (issue 11): `jikim admin invite` → set-up with TOTP → the empty case list →
 * log out and in again → an admin, set up the same way, deactivates the account → the first
 * person's next action lands on log-in with a clear message. Korean and English, phone and desktop.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { DATA_DIR, PORT } from './playwright.config.js';
import { screenshotPath } from './support.js';

const CLI = path.resolve(import.meta.dirname, '../packages/cli/bin/jikim.js');

const WORDS = {
  ko: {
    setupTitle: '계정 설정', login: '아이디', password: '비밀번호', passwordAgain: '비밀번호 확인', code: '인증 앱의 6자리 코드',
    finish: '설정 마치기', casesEmpty: '아직 진행 중인 사건이 없어요.', logout: '로그아웃', loggedOut: '로그아웃했어요.',
    next: '다음', submit: '로그인', people: '사람 관리', deactivate: '계정 중지', confirm: '네, 진행해요', deactivated: '중지됨',
    account: '내 계정', sessionEnded: '로그인이 끝났어요. 계속하려면 다시 로그인해 주세요.', loginTitle: '로그인',
  },
  en: {
    setupTitle: 'Set up your account', login: 'Login name', password: 'Password', passwordAgain: 'Password again', code: '6-digit code from the app',
    finish: 'Finish set-up', casesEmpty: 'There are no open cases yet.', logout: 'Log out', loggedOut: 'You have logged out.',
    next: 'Next', submit: 'Log in', people: 'People', deactivate: 'Deactivate', confirm: 'Yes, go ahead', deactivated: 'Deactivated',
    account: 'My account', sessionEnded: 'Your session has ended. Please log in again to continue.', loginTitle: 'Log in',
  },
} as const;

/** Runs the real CLI against the e2e server's data directory and returns the link for `locale`. */
function invite(role: 'admin' | 'counsellor', name: string, locale: 'ko' | 'en'): string {
  const out = execFileSync('node', [CLI, 'admin', 'invite', '--role', role, '--name', name], {
    env: { ...process.env, DATA_DIR, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
  }).toString();
  const links = out.match(/http:\/\/\S+#setup=[A-Za-z0-9_-]{43}/g) ?? [];
  const link = links.find((l) => (locale === 'en' ? l.includes('/en/console') : !l.includes('/en/console')));
  if (!link) throw new Error(`no link in: ${out}`);
  return link;
}

/** The code an authenticator app shows `stepsAhead` periods from now (the server accepts one step of drift). */
const code = (secret: string, stepsAhead = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * stepsAhead });

async function setUp(page: Page, link: string, locale: 'ko' | 'en', login: string, password: string): Promise<string> {
  const w = WORDS[locale];
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: w.setupTitle })).toBeFocused();
  // The token leaves the address bar at once.
  expect(page.url()).not.toContain('#setup=');
  await expect(page.getByRole('img')).toBeVisible();
  const secret = (await page.locator('#totp-key').innerText()).replace(/\s/g, '');
  await page.getByLabel(w.login, { exact: true }).fill(login);
  await page.getByLabel(w.password, { exact: true }).fill(password);
  await page.getByLabel(w.passwordAgain, { exact: true }).fill(password);
  await page.getByLabel(w.code).fill(await code(secret));
  return secret;
}

const fits = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const locale of ['ko', 'en'] as const) {
  for (const [viewport, size] of [['phone', { width: 360, height: 780 }], ['desktop', { width: 1280, height: 900 }]] as const) {
    test(`console (${locale}, ${viewport}): invite, set up with TOTP, log in, deactivated by an admin`, async ({ browser }) => {
      test.setTimeout(120_000);
      const w = WORDS[locale];
      const tag = `${locale}-${viewport}-${randomBytes(3).toString('hex')}`;
      const counsellorName = locale === 'ko' ? `김상담 ${tag}` : `Casey ${tag}`;
      const counsellor = await browser.newContext({ viewport: size });
      const page = await counsellor.newPage();
      const violations: string[] = [];
      page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });

      const login = `c.${tag}`;
      const password = locale === 'ko' ? '햇살 좋은 날 한강에서 자전거 타기' : 'sunny days cycling by the river';
      const secret = await setUp(page, invite('counsellor', counsellorName, locale), locale, login, password);
      await page.screenshot({ path: screenshotPath(`console-setup-${locale}-${viewport}`), fullPage: true });
      await page.getByRole('button', { name: w.finish }).click();
      await expect(page.getByText(w.casesEmpty)).toBeVisible();
      expect(await fits(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath(`console-cases-${locale}-${viewport}`), fullPage: true });

      // The cookie is the __Host- session cookie: HttpOnly, Secure, SameSite=Strict, path /, no domain.
      const cookies = await counsellor.cookies();
      expect(cookies).toEqual([expect.objectContaining({ name: '__Host-jikim-staff', httpOnly: true, secure: true, sameSite: 'Strict', path: '/', domain: '127.0.0.1' })]);
      expect(await page.evaluate(() => document.cookie)).toBe('');

      await page.getByRole('navigation').getByRole('button', { name: w.logout }).click();
      await expect(page.getByText(w.loggedOut)).toBeVisible();
      await page.getByLabel(w.login, { exact: true }).fill(login);
      await page.getByLabel(w.password, { exact: true }).fill(password);
      await page.getByRole('button', { name: w.next }).click();
      // The set-up used this period's code; the next period's code is new (and accepted: one step of drift).
      await page.locator('#login-code').fill(await code(secret, 1));
      if (viewport === 'phone') await page.screenshot({ path: screenshotPath(`console-login-code-${locale}-${viewport}`), fullPage: true });
      await page.getByRole('button', { name: w.submit }).click();
      await expect(page.getByText(w.casesEmpty)).toBeVisible();

      // An admin, set up the same way in another browser, deactivates the counsellor.
      const adminContext = await browser.newContext({ viewport: size });
      const admin = await adminContext.newPage();
      await setUp(admin, invite('admin', locale === 'ko' ? `박관리 ${tag}` : `Alex ${tag}`, locale), locale, `a.${tag}`, `${password} and more`);
      await admin.getByRole('button', { name: w.finish }).click();
      await expect(admin.getByRole('heading', { level: 1, name: w.people })).toBeVisible();
      const card = admin.locator('.console-card', { has: admin.getByRole('heading', { name: counsellorName }) });
      await card.getByRole('button', { name: w.deactivate }).click();
      await card.getByRole('button', { name: w.confirm }).click();
      await expect(card).toContainText(w.deactivated);
      expect(await fits(admin)).toBeLessThanOrEqual(0);
      await admin.screenshot({ path: screenshotPath(`console-people-${locale}-${viewport}`), fullPage: true });

      // The counsellor's next action lands on log-in, saying why.
      await page.getByRole('navigation').getByRole('button', { name: w.account }).click();
      await expect(page.getByRole('heading', { level: 1, name: w.loginTitle })).toBeVisible();
      await expect(page.getByText(w.sessionEnded)).toBeVisible();
      await page.screenshot({ path: screenshotPath(`console-session-ended-${locale}-${viewport}`), fullPage: true });
      expect(violations).toEqual([]);
      await counsellor.close();
      await adminContext.close();
    });
  }
}
