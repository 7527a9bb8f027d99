/**
 * Case work end to end (issue 13), one sitting, on a server of its own (PORT + 8) with a real SMTP
 * server started by the test: a person asks for help from their locker (Korean, 360 px) and agrees
 * there to letters to operators; a counsellor (Korean, 360 px) pastes 30 lines, sees them grouped,
 * sends the X group's letter by e-mail (read back from the SMTP server: its own URLs, no other
 * group's) and records the Naver group's as sent by web form, then records two removals and one
 * refusal; the person sees every address with its own status in the locker; an admin (English) reads
 * the figures for this year, which count those requests, and the CSV opens in a spreadsheet reader
 * (SheetJS) with no formula in any cell, although a centre operator is named like one.
 */
import fs from 'node:fs';
import { randomInt } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import * as XLSX from 'xlsx';
import { consoleCall, setUpAccount, startConsoleServer, type ConsoleServer } from './console-fixtures.js';
import { createLockerAt, openSection } from './locker-fixtures.js';
import { PORT } from './playwright.config.js';
import { screenshotPath } from './support.js';

const JOURNEY_PORT = Number(process.env.JIKIM_E2E_CASE_WORK_JOURNEY_PORT ?? PORT + 8);
const PHONE = { width: 360, height: 780 };
const FROM = 'centre@jikim.example';
const OPERATOR_MAIL = 'legal@x-operator.example';

const X = Array.from({ length: 12 }, (_, i) => `https://x.com/poster${i}/status/${7000 + i}`);
const NAVER = Array.from({ length: 10 }, (_, i) => `https://blog.naver.com/uploader${i}/2234${i}`);
/** A centre operator whose name a spreadsheet would run as a formula if the CSV let it. */
const TRAP = { name: '=HYPERLINK("https://evil.example","x")', domain: 'trap-host.example' };
const TRAPPED = Array.from({ length: 4 }, (_, i) => `https://files.trap-host.example/v/${i}`);
/** 30 lines: 26 addresses, two repeats, two lines that are not web addresses. */
const PASTE = [...X.slice(0, 6), ...NAVER, X[0], 'not a web address', ...X.slice(6), NAVER[2], 'javascript:alert(1)', ...TRAPPED] as string[];

test.describe.configure({ mode: 'serial' });

let server: ConsoleServer;
let smtp: SMTPServer;
const received: ParsedMail[] = [];

test.beforeAll(async () => {
  test.setTimeout(90_000);
  smtp = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, _session, done) {
      simpleParser(stream).then((mail) => { received.push(mail); done(); }, done);
    },
  });
  const smtpPort = await new Promise<number>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as { port: number }).port)));
  server = await startConsoleServer(JOURNEY_PORT, 'case-work-journey', { SMTP_URL: `smtp://127.0.0.1:${String(smtpPort)}`, SMTP_FROM: FROM });
});
test.afterAll(async () => {
  await server?.stop();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(`case-work-journey-${name}`), fullPage: true });
const rowsOf = (group: Locator) => group.locator('.cw-target').evaluateAll((rows) => rows.map((r) => [r.querySelector('.cw-url code')?.textContent ?? '', r.getAttribute('data-status') ?? '']));

async function askForHelpInLocker(page: Page): Promise<Locator> {
  await createLockerAt(page, `${server.origin}/locker`, 'a person keeps this long sentence for the whole case work journey');
  await openSection(page, '기관에 도움 요청');
  const help = page.locator('#section-help');
  await help.getByRole('button', { name: '시작하기', exact: true }).click();
  await help.getByLabel('문자', { exact: true }).check();
  await help.getByLabel('전화번호', { exact: true }).fill(`010-${randomInt(2000, 9999)}-${randomInt(1000, 9999)}`);
  await help.getByRole('button', { name: '다음', exact: true }).click();
  await help.getByLabel('내 사진이나 영상이 퍼졌거나 올라왔어요').check();
  await help.getByRole('button', { name: '다음', exact: true }).click();
  await help.getByRole('button', { name: '다음', exact: true }).click();
  await help.getByRole('button', { name: '보내기', exact: true }).click();
  await expect(help.locator('#help-case-code')).toBeVisible({ timeout: 120_000 });
  await help.getByRole('button', { name: '적어 두었어요', exact: true }).click();
  return help;
}

test('paste 30 lines → groups → letters by e-mail and web form → removals and a refusal → the person sees them → the figures and a CSV without formulas', async ({ browser }) => {
  test.setTimeout(420_000);
  const victim = await browser.newContext({ viewport: PHONE, locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
  const counsellor = await browser.newContext({ viewport: PHONE, locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
  const admin = await browser.newContext({ viewport: PHONE, locale: 'en-GB', timezoneId: 'Asia/Seoul', acceptDownloads: true });
  try {
    // 1. The person asks for help and agrees, in the locker, to letters to operators.
    const locker = await victim.newPage();
    const help = await askForHelpInLocker(locker);
    await help.locator('.case-consent[data-consent="write_to_operators"]').getByRole('button', { name: '동의하기', exact: true }).click();
    await expect(help.locator('.case-consent[data-consent="write_to_operators"]')).toHaveAttribute('data-standing', 'agreed');

    // 2. The counsellor: the case, the consent given in the locker, a centre operator of its own.
    const page = await counsellor.newPage();
    await setUpAccount(page, server.invite('counsellor', '여정 상담', 'ko'), 'ko', `co.journey.${randomInt(1000, 9999)}`, '삭제 요청 여정을 따라가는 상담원의 문장');
    await expect(page.getByRole('heading', { level: 1, name: '사건' })).toBeFocused();
    await consoleCall(page, 'POST', '/operators', { name: TRAP.name, language: 'en', siteType: 'webhard', domains: [TRAP.domain], email: 'abuse@trap-host.example' });
    const caseId = await page.locator('.case-row').first().getAttribute('data-case-id') ?? '';
    await page.locator(`[data-case-id="${caseId}"]`).getByRole('button').first().click();
    const panel = page.getByRole('region', { name: '삭제 요청' });
    await expect(panel.locator('.cw-consent')).toHaveText('당사자가 운영자에게 연락하는 데 동의했어요.');

    // 3. Thirty lines pasted: every line accounted for, grouped by operator.
    await panel.getByLabel('주소를 한 줄에 하나씩, 또는 CSV를 붙여 넣어 주세요').fill(PASTE.join('\n'));
    await panel.getByRole('button', { name: '확인하기' }).click();
    await expect(panel.locator('.cw-bulk-summary')).toHaveText('추가할 주소 26개 · 중복 2줄 · 웹 주소가 아닌 줄 2줄 · 너무 긴 줄 0줄');
    await panel.getByRole('button', { name: '주소 26개 추가' }).click();
    await expect(panel.locator('.cw-counts')).toHaveText('주소 26개 · 운영자 3곳');
    const group = (key: string) => panel.locator(`.cw-group[data-operator="${key}"]`);
    expect(await rowsOf(group('x-twitter'))).toEqual(X.map((url) => [url, 'found']));
    expect(await rowsOf(group('naver'))).toEqual(NAVER.map((url) => [url, 'found']));
    await shot(page, 'ko-360-1-groups');

    // 4. The X group's letter by e-mail, through the deployment's SMTP server.
    await group('x-twitter').getByRole('button', { name: '요청서 쓰기', exact: true }).click();
    const xLetter = group('x-twitter').locator('.cw-letter');
    await xLetter.getByRole('button', { name: '미리 보기' }).click();
    await expect(xLetter.locator('.cw-preview .cw-body')).toContainText(X[11] as string);
    const subject = (await xLetter.locator('.cw-subject').innerText()).trim();
    await xLetter.getByLabel('받는 이메일 주소').fill(OPERATOR_MAIL);
    await xLetter.getByRole('button', { name: '이메일로 보내기' }).click();
    await expect(panel.getByRole('status').filter({ hasText: '주소 12개가 ‘요청함’이 되었어요.' })).toBeVisible();
    await expect.poll(() => received.length).toBe(1);
    const mail = received[0] as ParsedMail;
    expect(mail.subject).toBe(subject);
    expect(mail.from?.text).toContain(FROM);
    expect(JSON.stringify(mail.to)).toContain(OPERATOR_MAIL);
    for (const url of X) expect(mail.text).toContain(url);
    for (const url of NAVER) expect(mail.text).not.toContain(url);
    // The centre writes for the person, with their consent: never in the person's first person.
    expect(mail.text).toMatch(/피해자를 대신하여|on behalf of the person/u);
    const sentLetter = panel.locator('.cw-sent').filter({ hasText: OPERATOR_MAIL });
    await expect(sentLetter).toContainText(mail.messageId ?? 'no message id');

    // 5. The Naver group's letter through the web form, then two removals and one refusal.
    await group('naver').getByRole('button', { name: '요청서 쓰기', exact: true }).click();
    const naverLetter = group('naver').locator('.cw-letter');
    await naverLetter.getByRole('button', { name: '미리 보기' }).click();
    await naverLetter.getByLabel('양식이 준 접수 번호 (선택)').fill('NAVER-JOURNEY-7');
    await naverLetter.getByRole('button', { name: '신고 양식으로 보냈다고 기록' }).click();
    await expect(panel.getByRole('status').filter({ hasText: '주소 10개가 ‘요청함’이 되었어요.' })).toBeVisible();
    async function reply(url: string, label: string) {
      const row = group('naver').locator('.cw-target').filter({ has: page.locator('.cw-url code', { hasText: url }) });
      await row.getByRole('button', { name: '답 기록' }).click();
      await row.getByLabel('어떤 답이었나요').selectOption({ label });
      await row.getByRole('button', { name: '답 저장' }).click();
      await expect(row.getByRole('status')).toHaveText(`‘${label}’(으)로 기록했어요.`);
    }
    await reply(NAVER[1] as string, '삭제됨');
    await reply(NAVER[4] as string, '삭제됨');
    await reply(NAVER[7] as string, '거절됨');
    const naverExpected = NAVER.map((url, i) => [url, i === 1 || i === 4 ? 'removed' : i === 7 ? 'refused' : 'requested']);
    expect(await rowsOf(group('naver'))).toEqual(naverExpected);
    expect(await rowsOf(group('x-twitter'))).toEqual(X.map((url) => [url, 'requested']));
    await shot(page, 'ko-360-2-replies');

    // The trap operator's group by web form too, so its name is in the figures.
    const trapKey = (await consoleCall<{ centre: { key: string }[] }>(page, 'GET', '/operators')).centre[0]?.key ?? '';
    expect(await rowsOf(group(trapKey))).toEqual(TRAPPED.map((url) => [url, 'found']));
    await group(trapKey).getByRole('button', { name: '요청서 쓰기', exact: true }).click();
    const trapLetter = group(trapKey).locator('.cw-letter');
    await trapLetter.getByRole('button', { name: '미리 보기' }).click();
    await trapLetter.getByRole('button', { name: '신고 양식으로 보냈다고 기록' }).click();
    await expect(panel.getByRole('status').filter({ hasText: '주소 4개가 ‘요청함’이 되었어요.' })).toBeVisible();

    // 6. The person sees every address with its own status in the locker.
    await help.getByRole('button', { name: '새로 보기', exact: true }).click();
    const rows = help.locator('.case-takedown');
    await expect(rows).toHaveCount(26);
    const statusOf = (url: string) => rows.filter({ has: locker.locator('.case-takedown-url', { hasText: url }) }).locator('.case-takedown-status');
    await expect(statusOf(NAVER[1] as string)).toHaveText('지워졌어요');
    await expect(statusOf(NAVER[4] as string)).toHaveText('지워졌어요');
    await expect(statusOf(NAVER[7] as string)).toHaveText('사이트가 거절했어요');
    await expect(statusOf(NAVER[0] as string)).toHaveText('삭제를 요청했어요');
    await expect(statusOf(X[11] as string)).toHaveText('삭제를 요청했어요');
    await expect(help.locator('.case-takedowns a')).toHaveCount(0);
    await shot(locker, 'ko-360-3-person-sees');

    // 7. The figures for this year, in English: 26 requests, the removals and refusal as "< 5".
    const figures = await admin.newPage();
    await setUpAccount(figures, server.invite('admin', 'Figures admin', 'en'), 'en', `ad.journey.${randomInt(1000, 9999)}`, 'an admin reads the figures on a quiet tuesday 2026');
    await figures.getByRole('navigation', { name: 'Console menu' }).getByRole('button', { name: 'Statistics' }).click();
    await expect(figures.getByRole('heading', { level: 1, name: 'Statistics' })).toBeFocused();
    await expect(figures.locator('[data-total="requests"]')).toHaveText('26');
    const outcome = figures.locator('table[data-section="outcome"]');
    await expect(outcome.locator('tr[data-key="removed"] td')).toHaveText('< 5');
    await expect(outcome.locator('tr[data-key="refused"] td')).toHaveText('< 5');
    await expect(outcome.locator('tr[data-key="pending"] td')).toHaveText('23');
    const byOperator = figures.locator('table[data-section="operator"]');
    await expect(byOperator.locator('tr[data-key="x-twitter"] td').first()).toHaveText('12');
    await expect(byOperator.locator('tr[data-key="naver"] td').first()).toHaveText('10');
    await shot(figures, 'en-360-4-figures');

    const downloading = figures.waitForEvent('download');
    await figures.getByRole('link', { name: 'Download CSV' }).click();
    const file = await (await downloading).path();
    const bytes = fs.readFileSync(file ?? '');
    expect(bytes.toString('utf8')).toContain('HYPERLINK');
    const sheet = XLSX.read(bytes, { type: 'buffer' });
    const cells = Object.entries(sheet.Sheets[sheet.SheetNames[0] ?? ''] ?? {}).filter(([k]) => !k.startsWith('!')).map(([, c]) => c as XLSX.CellObject);
    expect(cells.length).toBeGreaterThan(20);
    expect(cells.filter((c) => c.f !== undefined)).toEqual([]);
    expect(cells.some((c) => String(c.v).includes(TRAP.name))).toBe(true);
  } finally {
    await victim.close();
    await counsellor.close();
    await admin.close();
  }
});
