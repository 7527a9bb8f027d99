/**
 * Case work in the console (issue 13), against the real server on its own port: in Korean on a
 * 360 px phone, a counsellor opens a case, sees that the person has not agreed to letters to
 * operators, records that agreement (through the API: the consent UI is another journey's), pastes 30
 * lines (27 addresses on 4 operators, 2 duplicates, 1 line that is not a web address), sees every line
 * accounted for, adds them, sees them grouped by operator with how to reach each, previews the
 * Naver group's letter and records it as sent by web form, then records two removals and one refusal.
 * Each target row shows its own address and its own status. In English, another counsellor sees the
 * send buttons disabled without consent, adds a centre operator, and reads the reminders page.
 * Screenshots are kept to be looked at.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { consoleCall, expectAccessible, setUpAccount, startConsoleServer, type ConsoleServer } from './console-fixtures.js';
import { PORT } from './playwright.config.js';
import { screenshotPath } from './support.js';

const CASE_WORK_PORT = Number(process.env.JIKIM_E2E_CONSOLE_CASE_WORK_PORT ?? PORT + 5);
const PHONE = { width: 360, height: 780 };

test.describe.configure({ mode: 'serial' });

let server: ConsoleServer;
test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startConsoleServer(CASE_WORK_PORT, 'case-work');
});
test.afterAll(async () => {
  await server?.stop();
});

const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(`console-case-work-${name}`), fullPage: true });

const X = Array.from({ length: 10 }, (_, i) => `https://x.com/uploader${i}/status/${1000 + i}`);
const NAVER = Array.from({ length: 8 }, (_, i) => `https://blog.naver.com/someone${i}/2233${i}`);
const REDDIT = Array.from({ length: 6 }, (_, i) => `https://www.reddit.com/r/sub${i}/comments/abc${i}/`);
const OTHER = ['https://leak-site.example/v/1', 'https://leak-site.example/v/2', 'https://mirror.example.net/p?id=3'];
/** 30 lines: 27 addresses, the 2nd Naver and 1st Reddit ones again, and a line that is not a web address. */
const PASTE = [...X.slice(0, 5), ...NAVER, 'ftp://files.example/upload.mp4', ...REDDIT, NAVER[1], ...X.slice(5), REDDIT[0], ...OTHER] as string[];

async function openCase(page: Page, locale: 'ko' | 'en'): Promise<string> {
  const { id } = await consoleCall<{ id: string }>(page, 'POST', '/cases', {
    locale, situation: 'dissemination', contact: { channels: ['phone'], phone: '010-2345-6789' }, assignToMe: true,
  });
  return id;
}

async function showCase(page: Page, caseId: string, mineTab: RegExp) {
  await page.getByRole('navigation', { name: /콘솔 메뉴|Console menu/ }).getByRole('button', { name: /^(사건|Cases)$/ }).click();
  await page.getByRole('button', { name: mineTab }).click();
  await page.locator(`[data-case-id="${caseId}"]`).getByRole('button').first().click();
}

/** Every target row of a group, as [url, status] in the page order. */
const rowsOf = (group: Locator) => group.locator('.cw-target').evaluateAll((rows) => rows.map((r) => [r.querySelector('.cw-url code')?.textContent ?? '', r.getAttribute('data-status') ?? '']));

test('Korean, 360 px: paste 30 lines, groups by operator, a letter by web form, two removals and a refusal', async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await setUpAccount(page, server.invite('counsellor', '삭제 지원', 'ko'), 'ko', 'co.work.ko', '삭제 요청을 돕는 상담원의 긴 문장');
  await expect(page.getByRole('heading', { level: 1, name: '사건' })).toBeFocused();
  const caseId = await openCase(page, 'ko');
  await showCase(page, caseId, /내 사건/);
  const panel = page.getByRole('region', { name: '삭제 요청' });
  await expect(panel.getByText('아직 등록한 주소가 없어요.')).toBeVisible();
  await expect(panel.locator('.cw-consent')).toHaveText(/아직 운영자에게 연락하는 데 동의하지 않았어요/);
  await panel.getByRole('button', { name: '동의 기록으로 가기' }).click();
  await expect(page.locator('[data-consent-kind="write_to_operators"] button').first()).toBeFocused();

  // The person agreed on the phone: recorded through the API (the consent panel is another journey's).
  await consoleCall(page, 'POST', `/cases/${caseId}/consents`, { kind: 'write_to_operators', granted: true, note: '전화로 동의' });
  await page.getByRole('button', { name: '← 사건 목록으로' }).click();
  await showCase(page, caseId, /내 사건/);
  await expect(panel.locator('.cw-consent')).toHaveText('당사자가 운영자에게 연락하는 데 동의했어요.');

  // Bulk entry: every line is accounted for before anything is sent.
  await panel.getByLabel('주소를 한 줄에 하나씩, 또는 CSV를 붙여 넣어 주세요').fill(PASTE.join('\n'));
  await panel.getByRole('button', { name: '확인하기' }).click();
  await expect(panel.locator('.cw-bulk-summary')).toHaveText('추가할 주소 27개 · 중복 2줄 · 웹 주소가 아닌 줄 1줄 · 너무 긴 줄 0줄');
  const problems = panel.locator('.cw-bulk-problems li');
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(0)).toHaveText('14번째 줄 ftp://files.example/upload.mp4 — 웹 주소(http, https)가 아니에요');
  await expect(problems.nth(1)).toHaveText(`21번째 줄 ${NAVER[1]} — 7번째 줄과 같은 주소`);
  await expect(problems.nth(2)).toHaveText(`27번째 줄 ${REDDIT[0]} — 15번째 줄과 같은 주소`);
  const previewGroups = panel.locator('.cw-bulk-groups > li');
  await expect(previewGroups).toHaveCount(4);
  for (const [key, urls] of [['x-twitter', X], ['naver', NAVER], ['reddit', REDDIT], ['other', OTHER]] as const) {
    await expect(panel.locator(`.cw-bulk-groups > li[data-operator="${key}"] .cw-bulk-lines code`)).toHaveText([...urls]);
  }
  await shot(page, 'bulk-preview-ko-360');
  await panel.getByRole('button', { name: '주소 27개 추가' }).click();
  await expect(panel.getByRole('status').filter({ hasText: '주소 27개를 추가했어요.' })).toBeVisible();
  await expect(panel.locator('.cw-counts')).toHaveText('주소 27개 · 운영자 4곳');

  // Groups: each operator with its own addresses, not asked yet.
  const group = (key: string) => panel.locator(`.cw-group[data-operator="${key}"]`);
  for (const [key, urls] of [['x-twitter', X], ['naver', NAVER], ['reddit', REDDIT], ['other', OTHER]] as const) {
    expect(await rowsOf(group(key))).toEqual(urls.map((url) => [url, 'found']));
  }
  await expect(group('other').getByRole('heading', { level: 3 })).toHaveText('목록에 없는 운영자 · 주소 3개');
  await expect(group('naver').getByRole('heading', { level: 3 })).toContainText('주소 8개');
  await expect(group('naver')).toContainText('요청서 언어한국어');
  await expect(group('reddit')).toContainText('요청서 언어영어');
  await expect(group('naver').locator('.cw-target').first()).toContainText('아직 요청 안 함');
  await expect(panel.locator('.cw-target a, .cw-bulk a')).toHaveCount(0);
  await shot(page, 'groups-ko-360');

  // The Naver group's letter: preview, then record it as sent through the web form.
  await group('naver').getByRole('button', { name: '요청서 쓰기', exact: true }).click();
  const letter = group('naver').locator('.cw-letter');
  await expect(letter.getByLabel('요청서 언어')).toHaveValue('ko');
  await letter.getByRole('button', { name: '미리 보기' }).click();
  const body = letter.locator('.cw-preview .cw-body');
  await expect(body).toBeVisible();
  for (const url of NAVER) await expect(body).toContainText(url);
  await expect(body).not.toContainText(X[0] as string);
  const subject = (await letter.locator('.cw-subject').innerText()).trim();
  expect(subject.length).toBeGreaterThan(0);
  await shot(page, 'letter-preview-ko-360');
  await letter.getByLabel('양식이 준 접수 번호 (선택)').fill('NAVER-2026-0042');
  await letter.getByRole('button', { name: '신고 양식으로 보냈다고 기록' }).click();
  await expect(panel.getByRole('status').filter({ hasText: '요청서를 보냈어요. 주소 8개가 ‘요청함’이 되었어요.' })).toBeVisible();
  expect(await rowsOf(group('naver'))).toEqual(NAVER.map((url) => [url, 'requested']));
  expect(await rowsOf(group('x-twitter'))).toEqual(X.map((url) => [url, 'found']));
  const sent = panel.locator('.cw-sent');
  await expect(sent).toHaveCount(1);
  await expect(sent.locator('.cw-sent-subject')).toHaveText(subject);
  await expect(sent).toContainText('NAVER-2026-0042');
  await expect(sent).toContainText('주소 8개');

  // Replies: two removals and one refusal, each on its own row.
  async function reply(url: string, label: string, reference: string) {
    const row = group('naver').locator('.cw-target').filter({ has: page.locator('.cw-url code', { hasText: url }) });
    await row.getByRole('button', { name: '답 기록' }).click();
    await row.getByLabel('어떤 답이었나요').selectOption({ label });
    await row.getByLabel('접수 번호 (선택)').fill(reference);
    await row.getByRole('button', { name: '답 저장' }).click();
    await expect(row.getByRole('status')).toHaveText(`‘${label}’(으)로 기록했어요.`);
    await expect(row.getByRole('button', { name: '답 기록' })).toBeFocused();
  }
  await reply(NAVER[0] as string, '삭제됨', 'R-0');
  await reply(NAVER[3] as string, '삭제됨', 'R-3');
  await reply(NAVER[5] as string, '거절됨', 'R-5');
  const expected = NAVER.map((url, i) => [url, i === 0 || i === 3 ? 'removed' : i === 5 ? 'refused' : 'requested']);
  expect(await rowsOf(group('naver'))).toEqual(expected);
  const refused = group('naver').locator('.cw-target').nth(5);
  await expect(refused.locator('.cw-status')).toHaveText('지금 상태: 거절됨');
  await refused.getByText('지난 기록 (2)').click();
  await expect(refused.locator('.case-history li')).toHaveText([/요청함 · 삭제 지원/, /거절됨 · 삭제 지원 · 접수 번호: R-5/]);
  await expect(group('naver').locator('.cw-target').nth(0).locator('.cw-status')).toHaveText('지금 상태: 삭제됨');

  // The server keeps the same: each target its own URL and status.
  const { targets } = await consoleCall<{ targets: { url: string; status: string; operator: string }[] }>(page, 'GET', `/cases/${caseId}/targets`);
  expect(targets.filter((t) => t.operator === 'naver').map((t) => [t.url, t.status])).toEqual(expected);
  expect(targets).toHaveLength(27);
  await shot(page, 'replies-ko-360');
  await expectAccessible(page, 'case-work-ko');

  // Pasting the same addresses again adds none and lists them.
  await panel.getByLabel('주소를 한 줄에 하나씩, 또는 CSV를 붙여 넣어 주세요').fill(`${NAVER[0]}\n${OTHER[2]}`);
  await panel.getByRole('button', { name: '확인하기' }).click();
  await panel.getByRole('button', { name: '주소 2개 추가' }).click();
  await expect(panel.locator('.cw-already')).toContainText('이미 이 사건에 있는 주소 2개는 다시 추가하지 않았어요:');
  await expect(panel.locator('.cw-already code')).toHaveText([NAVER[0] as string, OTHER[2] as string]);

  // An X address asked ten days ago (recorded through the API with its date) is on the reminders page; its row opens the case.
  const { targets: all } = await consoleCall<{ targets: { id: string; url: string }[] }>(page, 'GET', `/cases/${caseId}/targets`);
  const old = all.find((t) => t.url === X[2]);
  await consoleCall(page, 'POST', `/cases/${caseId}/targets/${old?.id ?? ''}/status`, { status: 'requested', at: new Date(Date.now() - 10 * 86_400_000).toISOString() });
  await page.getByRole('navigation', { name: '콘솔 메뉴' }).getByRole('button', { name: '확인할 일' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '확인할 일' })).toBeFocused();
  const due = page.locator('#cw-no-answer-7').locator('xpath=..').locator('.cw-reminder');
  await expect(due).toHaveCount(1);
  await expect(due).toHaveAttribute('data-target-id', old?.id ?? '');
  await expect(due.locator('code')).toHaveText((X[2] as string).replace('https://', ''));
  await expect(due).toContainText('10일째');
  await expect(page.locator('#cw-no-answer-14').locator('xpath=..').locator('.cw-reminder')).toHaveCount(0);
  await shot(page, 'reminders-ko-360');
  await expectAccessible(page, 'reminders-ko');
  await due.getByRole('button', { name: `사건 ${caseId.slice(0, 4)}-${caseId.slice(4, 8)} 열기` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${caseId.slice(0, 4)}-${caseId.slice(4, 8)}`);
  await expect(panel.locator(`.cw-target[data-target-id="${old?.id ?? ''}"]`)).toHaveAttribute('data-status', 'requested');
  await page.getByRole('navigation', { name: '콘솔 메뉴' }).getByRole('button', { name: '운영자' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '운영자' })).toBeFocused();
  const naver = page.locator('.cw-operator[data-operator="naver"]');
  await expect(naver).toContainText('네이버');
  await expect(naver).toContainText('언어한국어');
  await expect(naver.locator('.cw-sources a').first()).toHaveAttribute('rel', 'noreferrer noopener');
  await shot(page, 'operators-ko-360');
  await context.close();
});

test('English, 360 px: without consent the letter cannot be sent; a centre operator; reminders', async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await setUpAccount(page, server.invite('counsellor', 'Case Work', 'en'), 'en', 'co.work.en', 'a long sentence the counsellor remembers');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeFocused();

  // A centre operator for a site the directory does not know.
  await page.getByRole('navigation', { name: 'Console menu' }).getByRole('button', { name: 'Operators' }).click();
  await page.getByRole('button', { name: 'Add an operator' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await expect(page.getByText('Write a name.')).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Leak Site Ltd');
  await page.getByLabel('Reporting e-mail (optional)').fill('abuse@leak-site.example');
  await page.getByLabel('Letter language').selectOption('en');
  await page.getByLabel('Site type').selectOption({ label: 'Adult site' });
  await page.getByLabel('Domains (optional)').fill('leak-site.example');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved Leak Site Ltd.' })).toBeVisible();
  const mine = page.locator('.cw-operator[data-operator^="centre:"]');
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('abuse@leak-site.example');
  await expect(mine).toContainText('Adult site');
  await shot(page, 'operators-en-360');

  const caseId = await openCase(page, 'en');
  await showCase(page, caseId, /Assigned to me/);
  const panel = page.getByRole('region', { name: 'Takedowns' });
  await panel.getByLabel('Paste addresses, one per line, or a CSV').fill([OTHER[0], 'url, seen', 'https://x.com/a/status/1, 2026-12-01', OTHER[1], 'not an address'].join('\n'));
  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(panel.locator('.cw-bulk-summary')).toHaveText('3 to add · 0 duplicate lines · 1 line not a web address · 0 lines too long');
  await expect(panel.locator('.cw-bulk-groups > li').first()).toContainText('Leak Site Ltd');
  await shot(page, 'bulk-preview-en-360');
  await panel.getByRole('button', { name: 'Add 3 addresses' }).click();
  await expect(panel.locator('.cw-counts')).toHaveText('3 addresses · 2 operators');
  const leak = panel.locator('.cw-group[data-operator^="centre:"]');
  expect(await rowsOf(leak)).toEqual([[OTHER[0], 'found'], [OTHER[1], 'found']]);
  await expect(leak).toContainText('abuse@leak-site.example');
  await expect(leak).toContainText('Letter languageEnglish');

  await leak.getByRole('button', { name: 'Write the letter', exact: true }).click();
  await leak.getByRole('button', { name: 'Preview' }).click();
  await expect(leak.locator('.cw-body')).toContainText(OTHER[0] as string);
  await expect(leak.locator('.cw-preview .console-notice.error')).toContainText('has not yet agreed');
  await expect(leak.getByRole('button', { name: 'Record as sent through the web form' })).toBeDisabled();
  await shot(page, 'letter-no-consent-en-360');

  await page.getByRole('navigation', { name: 'Console menu' }).getByRole('button', { name: 'To follow up' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'To follow up' })).toBeFocused();
  // Mine: nothing asked yet. All: the Korean counsellor's address asked ten days ago.
  await expect(page.locator('#cw-no-answer-7')).toHaveText('No answer after 7 days (0)');
  await page.getByRole('button', { name: 'All cases' }).click();
  await expect(page.getByRole('button', { name: 'All cases' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('#cw-no-answer-7')).toHaveText('No answer after 7 days (1)');
  await expect(page.locator('.cw-reminder code')).toHaveText([(X[2] as string).replace('https://', '')]);
  await expect(page.locator('.cw-reminder')).toContainText('day 10');
  await shot(page, 'reminders-en-360');
  await expectAccessible(page, 'reminders-en');
  await context.close();
});
