/**
 * What the console journeys share: a server of their own (its own port and data directory, so their
 * cases are in no other spec's list), `jikim admin invite` on it, set-up with a TOTP code, and the
 * accessibility checks (axe for WCAG 2.2 AA, 44 px targets, nothing wider than the screen).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { DATA_DIR, NEUTRAL_URL, PORT } from './playwright.config.js';
import { smallTargets } from './tap-targets.js';

const CLI = path.resolve(import.meta.dirname, '../packages/cli/bin/jikim.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface ConsoleServer {
  readonly origin: string;
  /** A set-up link for a new account (Korean or English console). */
  invite(role: 'admin' | 'counsellor' | 'auditor', name: string, locale: 'ko' | 'en'): string;
  stop(): Promise<void>;
}

/**
 * The server's own limits for these journeys: an easy proof of work and room for a flood of
 * requests from one address (the test runner's).
 */
const HELP_ENV = {
  HELP_POW_MAX_NUMBER: '2000', HELP_REQUESTS_PER_ADDRESS_HOUR: '1000', HELP_REQUESTS_PER_ADDRESS_DAY: '1000', HELP_REQUESTS_GLOBAL_HOUR: '1000',
};

/** A server of its own on `port`; `extraEnv` adds settings (e.g. SMTP_URL for letters by e-mail). */
export async function startConsoleServer(port: number, label: string, extraEnv: Readonly<Record<string, string>> = {}): Promise<ConsoleServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `jikim-e2e-${label}-`));
  const origin = `http://127.0.0.1:${port}`;
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, PUBLIC_URL: origin, QUICK_EXIT_URL: NEUTRAL_URL, LOG_LEVEL: 'warn', ...HELP_ENV, ...extraEnv };
  let output = '';
  const server: ChildProcess = spawn('node', [CLI, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (d: Buffer) => void (output += d.toString()));
  server.stderr?.on('data', (d: Buffer) => void (output += d.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the ${label} server stopped: ${output}`);
    if (await fetch(`${origin}/healthz`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`the ${label} server did not start on ${port}: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    invite: (role, name, locale) => inviteWith(env, role, name, locale),
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `jikim admin invite` on the server with this environment (its DATA_DIR); answers the set-up link in that language. */
function inviteWith(env: NodeJS.ProcessEnv, role: 'admin' | 'counsellor' | 'auditor', name: string, locale: 'ko' | 'en'): string {
  const out = execFileSync('node', [CLI, 'admin', 'invite', '--role', role, '--name', name], { env: { ...env, LOG_LEVEL: 'silent' } }).toString();
  const links = out.match(/http:\/\/\S+#setup=[A-Za-z0-9_-]{43}/g) ?? [];
  const link = links.find((l) => (locale === 'en' ? l.includes('/en/console') : !l.includes('/en/console')));
  if (!link) throw new Error(`no link in: ${out}`);
  return link;
}

/** A set-up link from `jikim admin invite` on the e2e server that playwright.config.ts starts (its DATA_DIR). */
export function inviteOnE2eServer(role: 'admin' | 'counsellor' | 'auditor', name: string, locale: 'ko' | 'en'): string {
  return inviteWith({ ...process.env, DATA_DIR, PORT: String(PORT), HOST: '127.0.0.1' }, role, name, locale);
}

const SETUP = {
  ko: { title: '계정 설정', login: '아이디', password: '비밀번호', passwordAgain: '비밀번호 확인', code: '인증 앱의 6자리 코드', finish: '설정 마치기' },
  en: { title: 'Set up your account', login: 'Login name', password: 'Password', passwordAgain: 'Password again', code: '6-digit code from the app', finish: 'Finish set-up' },
} as const;

/** Sets up an account from its link with a TOTP code, as a person with an authenticator app would; answers the TOTP key. */
export async function setUpAccount(page: Page, link: string, locale: 'ko' | 'en', login: string, password: string): Promise<string> {
  const w = SETUP[locale];
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeFocused();
  const secret = (await page.locator('#totp-key').innerText()).replace(/\s/g, '');
  await page.getByLabel(w.login, { exact: true }).fill(login);
  await page.getByLabel(w.password, { exact: true }).fill(password);
  await page.getByLabel(w.passwordAgain, { exact: true }).fill(password);
  await page.getByLabel(w.code).fill(await generate({ secret }));
  await page.getByRole('button', { name: w.finish }).click();
  return secret;
}

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join(', ')}`);
}

/**
 * Tabs through the whole page from its start. Answers the visible controls Tab never reached (a radio
 * group counts as reached when one of its radios is), and
 * the ones it reached without a visible focus indicator (an outline or a focus ring shadow).
 */
export async function keyboardWalk(page: Page): Promise<{ unreached: string[]; noFocusRing: string[] }> {
  const count = await page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
      .filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
    document.querySelectorAll('[data-kb]').forEach((el) => el.removeAttribute('data-kb'));
    all.forEach((el, i) => el.setAttribute('data-kb', String(i)));
    // Start from the top: a focusable placeholder before everything, removed on first blur.
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = 'kb-start';
    document.body.prepend(start);
    start.focus();
    start.addEventListener('blur', () => start.remove(), { once: true });
    return all.length;
  });
  const reached = new Set<string>();
  const noFocusRing: string[] = [];
  // A date input is several Tab stops on one element; the walk ends when it comes back to the first.
  let first: string | null = null;
  let last: string | null = null;
  for (let i = 0; i < count * 6 + 6; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const style = getComputedStyle(el);
      // A date field's calendar button is focused inside the field: then the field is :focus-within.
      const ring = (el.matches(':focus-visible') || el.matches(':focus-within')) && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none');
      return { kb: el.getAttribute('data-kb'), ring, what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"` };
    });
    if (!focused) continue;
    if (focused.kb !== null) {
      if (focused.kb === first && last !== first) break;
      first ??= focused.kb;
      last = focused.kb;
      reached.add(focused.kb);
    }
    if (!focused.ring && !noFocusRing.includes(focused.what)) noFocusRing.push(focused.what);
  }
  // A radio group is one Tab stop (arrow keys move within it): reaching one of its radios reaches the group.
  const unreached = await page.evaluate((got) => [...document.querySelectorAll<HTMLElement>('[data-kb]')]
    .filter((el) => !got.includes(el.getAttribute('data-kb') ?? ''))
    .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && el.name
      && [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)].some((r) => got.includes(r.getAttribute('data-kb') ?? ''))))
    .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`), [...reached]);
  return { unreached, noFocusRing };
}

/** Axe, tap targets and width on the screen as it is; with `keyboard`, the Tab walk too (not with a modal open: what is behind it is inert). */
export async function expectAccessible(page: Page, name: string, { keyboard = false } = {}): Promise<void> {
  expect(await axeViolations(page), `axe: ${name}`).toEqual([]);
  if (keyboard) expect(await keyboardWalk(page), `keyboard: ${name}`).toEqual({ unreached: [], noFocusRing: [] });
  expect(await smallTargets(page, 'body'), `tap targets: ${name}`).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `fits: ${name}`).toBeLessThanOrEqual(0);
}

/** A state-changing console call from the signed-in page (its session cookie and CSRF token), for setting up data quickly. */
export async function consoleCall<T>(page: Page, method: 'POST' | 'GET', path: string, body?: unknown): Promise<T> {
  return page.evaluate(async ({ method, path, body }) => {
    const session = await (await fetch('/api/console/v1/session')).json() as { csrfToken: string };
    const response = await fetch(`/api/console/v1${path}`, {
      method,
      headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(method !== 'GET' ? { 'x-jikim-csrf': session.csrfToken } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }, { method, path, body });
}

/** altcha's proof of work, solved as the locker's page would: the number whose SHA-256 with the salt is the challenge. */
function solve(c: { algorithm: string; challenge: string; maxnumber: number; salt: string; signature: string }): string {
  for (let number = 0; number <= c.maxnumber; number++) {
    if (createHash('sha256').update(`${c.salt}${number}`).digest('hex') === c.challenge) {
      return Buffer.from(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number, salt: c.salt, signature: c.signature })).toString('base64');
    }
  }
  throw new Error('no solution');
}

/** A person asks for help as the locker does (`/api/help/v1`, proof of work first); answers the case code and PIN. */
export async function askForHelp(origin: string, request: Record<string, unknown>): Promise<{ caseCode: string; pin: string }> {
  const headers = { 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin' };
  const challenge = await (await fetch(`${origin}/api/help/v1/challenge`)).json() as Parameters<typeof solve>[0];
  const response = await fetch(`${origin}/api/help/v1/requests`, { method: 'POST', headers, body: JSON.stringify({ pow: solve(challenge), ...request }) });
  if (response.status !== 201) throw new Error(`help request: ${response.status} ${await response.text()}`);
  return await response.json() as { caseCode: string; pin: string };
}

/** The person withdraws their request with their code and PIN. */
export async function withdrawHelp(origin: string, access: { caseCode: string; pin: string }): Promise<void> {
  const response = await fetch(`${origin}/api/help/v1/case/withdraw`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin', 'x-jikim-case-code': access.caseCode, 'x-jikim-case-pin': access.pin },
    body: JSON.stringify({ confirm: true }),
  });
  if (response.status !== 204) throw new Error(`withdraw: ${response.status} ${await response.text()}`);
}
