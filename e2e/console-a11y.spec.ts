/**
 * The console's accessibility on a 360 px phone, Korean and English (issue 11 B): every screen —
 * set-up (and its errors), log-in's two steps (and their errors), the empty case list, people with
 * a set-up link and a confirmation shown, my account, "your session has ended", and the auditor's
 * audit log — has no axe violation of WCAG 2.2 AA (wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa),
 * every control on it is reached by Tab and shows where the focus is, every control is at least
 * 44 × 44 CSS px, and errors are announced (role=alert or a live region).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { keyboardWalk } from './console-fixtures.js';
import { DATA_DIR, PORT } from './playwright.config.js';
import { screenshotPath } from './support.js';
import { smallTargets } from './tap-targets.js';

const CLI = path.resolve(import.meta.dirname, '../packages/cli/bin/jikim.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PHONE = { width: 360, height: 780 };

const WORDS = {
  ko: {
    setupTitle: '계정 설정', login: '아이디', password: '비밀번호', passwordAgain: '비밀번호 확인', code: '인증 앱의 6자리 코드', finish: '설정 마치기',
    casesTitle: '사건', casesEmpty: '아직 진행 중인 사건이 없어요.', people: '사람 관리', name: '이름', invite: '초대 링크 만들기', deactivate: '계정 중지',
    cancel: '취소', account: '내 계정', logout: '로그아웃', next: '다음', submit: '로그인', loginTitle: '로그인', codeTitle: '두 번째 확인',
    sessionEnded: '로그인이 끝났어요. 계속하려면 다시 로그인해 주세요.', auditTitle: '감사 기록', confirm: '네, 진행해요',
  },
  en: {
    setupTitle: 'Set up your account', login: 'Login name', password: 'Password', passwordAgain: 'Password again', code: '6-digit code from the app', finish: 'Finish set-up',
    casesTitle: 'Cases', casesEmpty: 'There are no open cases yet.', people: 'People', name: 'Name', invite: 'Make a set-up link', deactivate: 'Deactivate',
    cancel: 'Cancel', account: 'My account', logout: 'Log out', next: 'Next', submit: 'Log in', loginTitle: 'Log in', codeTitle: 'Second check',
    sessionEnded: 'Your session has ended. Please log in again to continue.', auditTitle: 'Audit log', confirm: 'Yes, go ahead',
  },
} as const;
type Locale = keyof typeof WORDS;

function invite(role: 'admin' | 'counsellor' | 'auditor', name: string, locale: Locale): string {
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

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join(', ')}`);
}

/** Axe, Tab and tap targets on the screen as it is; a screenshot to look at. */
async function check(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await axe(page), `axe: ${name}`).toEqual([]);
  expect(await smallTargets(page, 'body'), `tap targets: ${name}`).toEqual([]);
  expect(await keyboardWalk(page), `keyboard: ${name}`).toEqual({ unreached: [], noFocusRing: [] });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `fits: ${name}`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: screenshotPath(`console-a11y-${name}`), fullPage: true });
}

async function newPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE });
  return context.newPage();
}

/** Opens a set-up link, checks the page (and its errors), and finishes set-up. */
async function setUp(page: Page, link: string, locale: Locale, login: string, password: string, screen?: string): Promise<string> {
  const w = WORDS[locale];
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: w.setupTitle })).toBeFocused();
  const secret = (await page.locator('#totp-key').innerText()).replace(/\s/g, '');
  if (screen) await check(page, `${screen}`);
  await page.getByLabel(w.login, { exact: true }).fill(login);
  if (screen) {
    // Errors are announced and tied to their fields.
    await page.getByLabel(w.password, { exact: true }).fill('short');
    await page.getByLabel(w.passwordAgain, { exact: true }).fill('shorter');
    await page.getByRole('button', { name: w.finish }).click();
    await expect(page.getByRole('alert')).toHaveCount(1);
    // The field in error takes the focus, and its error is part of what is read with it.
    await expect(page.getByLabel(w.passwordAgain, { exact: true })).toBeFocused();
    await expect(page.getByLabel(w.passwordAgain, { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel(w.passwordAgain, { exact: true })).toHaveAccessibleDescription(await page.getByRole('alert').innerText());
    await page.getByLabel(w.passwordAgain, { exact: true }).fill('short');
    await page.getByLabel(w.code).fill('000000');
    await page.getByRole('button', { name: w.finish }).click();
    await expect(page.getByLabel(w.password, { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel(w.password, { exact: true })).toBeFocused();
    await expect(page.getByRole('alert')).toHaveCount(1);
    await check(page, `${screen}-errors`);
  }
  await page.getByLabel(w.password, { exact: true }).fill(password);
  await page.getByLabel(w.passwordAgain, { exact: true }).fill(password);
  await page.getByLabel(w.code).fill(await code(secret));
  await page.getByRole('button', { name: w.finish }).click();
  return secret;
}

for (const locale of ['ko', 'en'] as const) {
  test(`every console screen (${locale}, 360 px): no axe violations, reachable by Tab with a visible focus, 44 px targets, errors announced`, async ({ browser }) => {
    test.setTimeout(240_000);
    const w = WORDS[locale];
    const tag = `${locale}-a11y-${randomBytes(3).toString('hex')}`;

    // An admin: set-up (with its errors), then people.
    const admin = await newPhone(browser);
    const adminPassword = locale === 'ko' ? '접근성 검사를 위한 아주 긴 관리자 문장' : 'a long admin sentence for the accessibility check';
    await setUp(admin, invite('admin', locale === 'ko' ? `관리 ${tag}` : `Admin ${tag}`, locale), locale, `ad.${tag}`, adminPassword, `setup-${locale}`);
    await expect(admin.getByRole('heading', { level: 1, name: w.people })).toBeFocused();
    await check(admin, `people-${locale}`);

    // Invite a counsellor: the set-up link is shown, then a confirmation.
    // By keyboard: Enter in the name field makes the link, and the link's heading takes the focus.
    await admin.getByLabel(w.name, { exact: true }).fill(locale === 'ko' ? `상담 ${tag}` : `Counsellor ${tag}`);
    await admin.getByLabel(w.name, { exact: true }).press('Enter');
    const issued = admin.locator('#issued-link');
    await expect(issued).toBeVisible();
    await expect(admin.locator('.console-link-box h3')).toBeFocused();
    await check(admin, `people-link-${locale}`);
    const counsellorLink = await issued.innerText();
    const card = admin.locator('.console-card', { has: admin.getByRole('heading', { name: locale === 'ko' ? `상담 ${tag}` : `Counsellor ${tag}` }) });
    // The confirmation opens on "Cancel"; Escape closes it and returns to the button that asked.
    await card.getByRole('button', { name: w.deactivate }).focus();
    await admin.keyboard.press('Enter');
    await expect(admin.getByRole('alertdialog')).toBeVisible();
    await expect(card.getByRole('button', { name: w.cancel })).toBeFocused();
    await check(admin, `people-confirm-${locale}`);
    await card.getByRole('button', { name: w.cancel }).focus();
    await admin.keyboard.press('Escape');
    await expect(admin.getByRole('alertdialog')).toHaveCount(0);
    await expect(card.getByRole('button', { name: w.deactivate })).toBeFocused();

    // The counsellor sets up from that link: the case list (empty unless a spec sharing this server sent help
    // requests), my account.
    const counsellor = await newPhone(browser);
    const password = locale === 'ko' ? '상담원이 기억하는 긴 문장 하나' : 'a counsellor remembers this long sentence';
    const secret = await setUp(counsellor, counsellorLink, locale, `co.${tag}`, password);
    await expect(counsellor.getByRole('heading', { level: 1, name: w.casesTitle })).toBeVisible();
    await expect(counsellor.locator('.case-tabs [aria-current="page"]')).toBeVisible();
    await check(counsellor, `cases-${locale}`);
    await counsellor.getByRole('navigation').getByRole('button', { name: w.account }).click();
    await expect(counsellor.getByRole('heading', { level: 1, name: w.account })).toBeFocused();
    await check(counsellor, `account-${locale}`);

    // Log out; log in, both steps, each with its error announced.
    await counsellor.getByRole('navigation').getByRole('button', { name: w.logout }).click();
    await expect(counsellor.getByRole('heading', { level: 1, name: w.loginTitle })).toBeVisible();
    await counsellor.getByLabel(w.login, { exact: true }).fill(`co.${tag}`);
    await counsellor.getByLabel(w.password, { exact: true }).fill('not the password at all');
    await counsellor.getByRole('button', { name: w.next }).click();
    await expect(counsellor.getByRole('alert')).toBeVisible();
    await check(counsellor, `login-${locale}`);
    await counsellor.getByLabel(w.password, { exact: true }).fill(password);
    await counsellor.getByRole('button', { name: w.next }).click();
    await expect(counsellor.getByRole('heading', { level: 1, name: w.codeTitle })).toBeFocused();
    await check(counsellor, `login-code-${locale}`);
    await counsellor.locator('#login-code').fill('000000');
    await counsellor.getByRole('button', { name: w.submit }).click();
    await expect(counsellor.getByRole('alert')).toBeVisible();
    await expect(counsellor.locator('#login-code')).toHaveAttribute('aria-invalid', 'true');
    await expect(counsellor.locator('#login-code')).toBeFocused();
    await expect(counsellor.locator('#login-code')).toHaveAccessibleDescription(new RegExp(`${await counsellor.getByRole('alert').innerText()}$`));
    await check(counsellor, `login-code-error-${locale}`);
    await counsellor.locator('#login-code').fill(await code(secret, 1));
    await counsellor.getByRole('button', { name: w.submit }).click();
    await expect(counsellor.getByRole('heading', { level: 1, name: w.casesTitle })).toBeVisible();

    // The admin deactivates the counsellor; the counsellor's next step says the session ended.
    await card.getByRole('button', { name: w.deactivate }).click();
    await card.getByRole('button', { name: w.confirm }).click();
    await expect(card.getByRole('button', { name: w.deactivate })).toHaveCount(0);
    await expect(card.getByRole('heading')).toBeFocused();
    await counsellor.getByRole('navigation').getByRole('button', { name: w.account }).click();
    await expect(counsellor.getByText(w.sessionEnded)).toBeVisible();
    // The log-in page opens with its heading focused: the heading carries the reason, so it is read.
    await expect(counsellor.getByRole('heading', { level: 1, name: w.loginTitle })).toBeFocused();
    await expect(counsellor.getByRole('heading', { level: 1, name: w.loginTitle })).toHaveAccessibleDescription(w.sessionEnded);
    await check(counsellor, `session-ended-${locale}`);

    // The auditor's audit log.
    const auditor = await newPhone(browser);
    await setUp(auditor, invite('auditor', locale === 'ko' ? `감사 ${tag}` : `Auditor ${tag}`, locale), locale, `au.${tag}`, `${password} for the auditor`);
    await expect(auditor.getByRole('heading', { level: 1, name: w.auditTitle })).toBeVisible();
    await expect(auditor.locator('.audit-table tbody tr').first()).toBeVisible();
    await check(auditor, `audit-${locale}`);

    for (const page of [admin, counsellor, auditor]) await page.context().close();
  });
}
