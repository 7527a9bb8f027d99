/**
 * A passkey round trip in Chromium (issue 11 B), with Chromium's virtual authenticator (CDP
 * `WebAuthn.addVirtualAuthenticator`: CTAP2, internal, resident keys, user verification):
 * `jikim admin invite` → set-up with TOTP → "my account" adds a passkey → log out → log in with
 * the password and then the passkey (no TOTP code) → the case list → the passkey is removed.
 * Every step is then found in the audit log, read through the auditor's API.
 *
 * Browsers refuse WebAuthn on a bare IP address, and the main e2e server's origin is
 * http://127.0.0.1:PORT. So this file starts its own server, on PORT + 1 (or
 * JIKIM_E2E_PASSKEY_PORT) with its own data directory and PUBLIC_URL=http://localhost:<that port>:
 * the relying party is `localhost`, which Chromium counts as a secure context, so WebAuthn works
 * and it also stores the `__Host-` (Secure) session cookie over plain http (the test checks it).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { NEUTRAL_URL, PORT } from './playwright.config.js';
import { screenshotPath } from './support.js';

const CLI = path.resolve(import.meta.dirname, '../packages/cli/bin/jikim.js');
const PASSKEY_PORT = Number(process.env.JIKIM_E2E_PASSKEY_PORT ?? PORT + 1);
const ORIGIN = `http://localhost:${PASSKEY_PORT}`;

// One server for the whole file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

let server: ChildProcess | undefined;
let dataDir = '';
let serverOutput = '';

const serverEnv = () => ({
  ...process.env, PORT: String(PASSKEY_PORT), HOST: '127.0.0.1', DATA_DIR: dataDir, PUBLIC_URL: ORIGIN, QUICK_EXIT_URL: NEUTRAL_URL, LOG_LEVEL: 'warn',
});

test.beforeAll(async () => {
  test.setTimeout(90_000);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-e2e-passkey-'));
  server = spawn('node', [CLI, 'serve'], { env: serverEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (d: Buffer) => void (serverOutput += d.toString()));
  server.stderr?.on('data', (d: Buffer) => void (serverOutput += d.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the passkey server stopped: ${serverOutput}`);
    const up = await fetch(`http://127.0.0.1:${PASSKEY_PORT}/healthz`).then((r) => r.ok, () => false);
    if (up) break;
    if (Date.now() > deadline) throw new Error(`the passkey server did not start on ${PASSKEY_PORT}: ${serverOutput}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

test.afterAll(async () => {
  const child = server;
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

const WORDS = {
  ko: {
    setupTitle: '계정 설정', login: '아이디', password: '비밀번호', passwordAgain: '비밀번호 확인', code: '인증 앱의 6자리 코드', finish: '설정 마치기',
    casesEmpty: '아직 진행 중인 사건이 없어요.', account: '내 계정', addPasskey: '패스키 추가', added: '패스키를 추가했어요.', remove: '삭제',
    none: '등록한 패스키가 없어요.', removed: '패스키를 삭제했어요.', logout: '로그아웃', loggedOut: '로그아웃했어요.', next: '다음', usePasskey: '패스키로 로그인', auditTitle: '감사 기록',
    sessionEnded: '로그인이 끝났어요. 계속하려면 다시 로그인해 주세요.',
  },
  en: {
    setupTitle: 'Set up your account', login: 'Login name', password: 'Password', passwordAgain: 'Password again', code: '6-digit code from the app', finish: 'Finish set-up',
    casesEmpty: 'There are no open cases yet.', account: 'My account', addPasskey: 'Add a passkey', added: 'The passkey was added.', remove: 'Remove',
    none: 'You have no passkeys.', removed: 'The passkey was removed.', logout: 'Log out', loggedOut: 'You have logged out.', next: 'Next', usePasskey: 'Log in with a passkey', auditTitle: 'Audit log',
    sessionEnded: 'Your session has ended. Please log in again to continue.',
  },
} as const;

/** `jikim admin invite` on this file's server; the link for `locale`, at http://localhost. */
function invite(role: 'counsellor' | 'auditor', name: string, locale: 'ko' | 'en'): string {
  const out = execFileSync('node', [CLI, 'admin', 'invite', '--role', role, '--name', name], { env: { ...serverEnv(), LOG_LEVEL: 'silent' } }).toString();
  const links = out.match(/http:\/\/localhost:\d+\S*#setup=[A-Za-z0-9_-]{43}/g) ?? [];
  const link = links.find((l) => (locale === 'en' ? l.includes('/en/console') : !l.includes('/en/console')));
  if (!link) throw new Error(`no localhost link in: ${out}`);
  return link;
}

async function setUp(page: Page, link: string, locale: 'ko' | 'en', login: string, password: string): Promise<string> {
  const w = WORDS[locale];
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: w.setupTitle })).toBeFocused();
  const secret = (await page.locator('#totp-key').innerText()).replace(/\s/g, '');
  await page.getByLabel(w.login, { exact: true }).fill(login);
  await page.getByLabel(w.password, { exact: true }).fill(password);
  await page.getByLabel(w.passwordAgain, { exact: true }).fill(password);
  await page.getByLabel(w.code).fill(await generate({ secret }));
  await page.getByRole('button', { name: w.finish }).click();
  return secret;
}

/** Chromium's virtual authenticator for this page: a platform passkey that verifies its user. */
async function virtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return {
    credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
  };
}

interface Entry { readonly action: string; readonly actorKind: string; readonly actorId: string | null; readonly sessionId: string | null; readonly subjectStaffId: string | null; readonly detail: Record<string, unknown> }

/** The audit rows matching `query`, oldest first, as the auditor's API gives them. */
async function auditEntries(auditor: Page, query: string): Promise<Entry[]> {
  const page = await auditor.evaluate(async (q) => {
    const response = await fetch(`/api/console/v1/audit/entries?limit=200&${q}`, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`audit entries: ${response.status}`);
    return (await response.json()) as { entries: Entry[] };
  }, query);
  return page.entries.reverse();
}

for (const [locale, viewport] of [['ko', { width: 360, height: 780 }], ['en', { width: 1280, height: 900 }]] as const) {
  test(`a passkey (${locale}): added in my account, logs in instead of a TOTP code, removed; every step audited`, async ({ browser }) => {
    test.setTimeout(120_000);
    const w = WORDS[locale];
    const tag = `${locale}-${randomBytes(3).toString('hex')}`;
    const context = await browser.newContext({ viewport, baseURL: ORIGIN });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy|Refused to|error/i.test(m.text())) problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    const authenticator = await virtualAuthenticator(context, page);

    const login = `pk.${tag}`;
    const password = locale === 'ko' ? '패스키로 들어가는 아침의 긴 문장' : 'a passkey opens the door this morning';
    await setUp(page, invite('counsellor', locale === 'ko' ? `정패스 ${tag}` : `Pat ${tag}`, locale), locale, login, password);
    await expect(page.getByText(w.casesEmpty)).toBeVisible();
    expect(new URL(page.url()).hostname).toBe('localhost');

    // Chromium stores the __Host- cookie (Secure) on http://localhost: a secure context.
    const cookies = await context.cookies();
    expect(cookies).toEqual([expect.objectContaining({ name: '__Host-jikim-staff', httpOnly: true, secure: true, sameSite: 'Strict', path: '/', domain: 'localhost' })]);
    const me = await page.evaluate(async () => ((await (await fetch('/api/console/v1/session')).json()) as { me: { id: string } }).me.id);

    // My account: add a passkey.
    await page.getByRole('navigation').getByRole('button', { name: w.account }).click();
    await expect(page.getByText(w.none)).toBeVisible();
    await page.getByRole('button', { name: w.addPasskey }).click();
    await expect(page.getByRole('status').filter({ hasText: w.added })).toBeVisible();
    await expect(page.locator('.console-list li')).toHaveCount(1);
    const stored = await authenticator.credentials();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.rpId).toBe('localhost');
    expect(stored[0]?.isResidentCredential).toBe(true);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: screenshotPath(`console-passkey-added-${locale}`), fullPage: true });

    // Log out, then log in: password, then the passkey instead of a code.
    await page.getByRole('navigation').getByRole('button', { name: w.logout }).click();
    await expect(page.getByText(w.loggedOut)).toBeVisible();
    await page.getByLabel(w.login, { exact: true }).fill(login);
    await page.getByLabel(w.password, { exact: true }).fill(password);
    await page.getByRole('button', { name: w.next }).click();
    await expect(page.getByRole('button', { name: w.usePasskey })).toBeVisible();
    await page.screenshot({ path: screenshotPath(`console-passkey-login-${locale}`), fullPage: true });
    await page.getByRole('button', { name: w.usePasskey }).click();
    await expect(page.getByText(w.casesEmpty)).toBeVisible();
    expect((await authenticator.credentials())[0]?.signCount).toBeGreaterThan(0);

    // A login left waiting past its 5 minutes (here: its cookie gone): the passkey button says the
    // session ended and goes back to the first step, as the code does; it does not blame the passkey.
    await page.getByRole('navigation').getByRole('button', { name: w.logout }).click();
    await page.getByLabel(w.login, { exact: true }).fill(login);
    await page.getByLabel(w.password, { exact: true }).fill(password);
    await page.getByRole('button', { name: w.next }).click();
    await expect(page.getByRole('button', { name: w.usePasskey })).toBeVisible();
    await context.clearCookies();
    await page.getByRole('button', { name: w.usePasskey }).click();
    await expect(page.getByRole('alert')).toHaveText(w.sessionEnded);
    await expect(page.getByLabel(w.password, { exact: true })).toBeVisible();
    await page.getByLabel(w.login, { exact: true }).fill(login);
    await page.getByLabel(w.password, { exact: true }).fill(password);
    await page.getByRole('button', { name: w.next }).click();
    await page.getByRole('button', { name: w.usePasskey }).click();
    await expect(page.getByText(w.casesEmpty)).toBeVisible();

    // The passkey shows its last use, and goes.
    await page.getByRole('navigation').getByRole('button', { name: w.account }).click();
    const item = page.locator('.console-list li');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(locale === 'ko' ? '마지막 사용' : 'last used');
    await item.getByRole('button', { name: w.remove }).click();
    await expect(page.getByRole('status').filter({ hasText: w.removed })).toBeVisible();
    await expect(page.getByText(w.none)).toBeVisible();
    await expect(item).toHaveCount(0);
    expect(problems).toEqual([]);

    // The audit log, read by an auditor, has every step with the session it happened in.
    const auditorContext = await browser.newContext({ viewport, baseURL: ORIGIN });
    const auditor = await auditorContext.newPage();
    await setUp(auditor, invite('auditor', `Audit ${tag}`, locale), locale, `au.${tag}`, `${password} and the auditor reads it`);
    await expect(auditor.getByRole('heading', { level: 1, name: w.auditTitle })).toBeVisible();
    const mine = await auditEntries(auditor, `actor=${me}`);
    // Each visit to the case list reads its tabs (one audited list read each, with its count): one step here.
    const steps = mine.filter((e, i) => !(e.action === 'case.list' && mine[i - 1]?.action === 'case.list'));
    expect(steps.map((e) => [e.action, e.detail.outcome ?? null, e.detail.factor ?? null])).toEqual([
      ['staff.setup', null, null],
      ['case.list', null, null],
      ['staff.passkey_add', null, null],
      ['staff.logout', null, null],
      ['staff.login', 'success', 'passkey'],
      ['case.list', null, null],
      ['staff.logout', null, null],
      ['staff.login', 'success', 'passkey'],
      ['case.list', null, null],
      ['staff.passkey_remove', null, null],
    ]);
    for (const e of mine) expect(e).toMatchObject({ actorKind: 'staff', actorId: me, sessionId: expect.any(String) });
    for (const e of mine.filter((m) => m.action.startsWith('staff.'))) expect(e.subjectStaffId).toBe(me);
    // Added and logged out in the set-up's session; removed in the passkey login's session.
    const [setup, , added, loggedOut, firstLogin, , , loggedIn, , removed] = steps;
    expect(added?.sessionId).toBe(setup?.sessionId);
    expect(loggedOut?.sessionId).toBe(setup?.sessionId);
    expect(removed?.sessionId).toBe(loggedIn?.sessionId);
    expect(new Set([setup?.sessionId, firstLogin?.sessionId, loggedIn?.sessionId]).size).toBe(3);
    const invited = (await auditEntries(auditor, 'actorKind=cli&action=staff.invite')).filter((e) => e.subjectStaffId === me);
    expect(invited).toEqual([expect.objectContaining({ action: 'staff.invite', actorKind: 'cli', actorId: null, detail: { role: 'counsellor' } })]);

    await context.close();
    await auditorContext.close();
  });
}
