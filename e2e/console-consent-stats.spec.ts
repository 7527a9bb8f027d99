/**
 * Consents, referrals and the figures in the console (issue 13), against the real server on its own
 * port: in Korean on a 360 px phone, a counsellor opens a case for someone who walked in, records
 * the person's consent to letters to operators and to the police (each row says so, with who
 * recorded it), refers them to a police station (the guide's station rule helps), sees that a KCSC
 * referral would need a reason, then records the police consent withdrawn and sees the referral
 * marked "No consent" in words. The same case page in English. An admin opens the statistics page
 * for this year in Korean and English: the one case is counted as "< 5" (never as 1), and the CSV
 * of the period downloads with no cell that a spreadsheet would read as a formula. No CSP violation
 * anywhere; every screen passes axe, has 44 px targets and fits 360 px; screenshots are kept.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, setUpAccount, startConsoleServer, type ConsoleServer } from './console-fixtures.js';
import { PORT } from './playwright.config.js';
import { screenshotPath } from './support.js';

const CONSENT_STATS_PORT = Number(process.env.JIKIM_E2E_CONSENT_STATS_PORT ?? PORT + 6);
const PHONE = { width: 360, height: 780 };

test.describe.configure({ mode: 'serial' });

let server: ConsoleServer;
test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startConsoleServer(CONSENT_STATS_PORT, 'consent-stats');
});
test.afterAll(async () => {
  await server?.stop();
});

const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(`console-consent-stats-${name}`), fullPage: true });

/**
 * Collects every CSP violation the page reports (console and securitypolicyviolation events), but
 * one: zod's probe for `new Function` (caught by zod, which then parses without it) is reported as
 * a `script-src eval` event on every console page, with or without these panels. zod makes that probe
 * when the first object schema is built, at import, before any entry code could set `jitless`.
 */
function watchCsp(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text()) && !/^Content Security Policy: script-src eval /.test(m.text())) found.push(m.text());
  });
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`));
  });
  return found;
}

const consentRow = (page: Page, kind: string) => page.locator(`li[data-consent-kind="${kind}"]`);

async function recordConsent(page: Page, kind: string, button: string, note: string, save: string) {
  const row = consentRow(page, kind);
  await row.getByRole('button', { name: button }).click();
  await expect(row.getByRole('textbox')).toBeFocused();
  await row.getByRole('textbox').fill(note);
  await row.getByRole('button', { name: save }).click();
  await expect(row.getByRole('textbox')).toHaveCount(0);
}

test('Korean, 360 px: consents to letters and police, a police referral, the police consent withdrawn → the referral flagged; the same page in English', async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const csp = watchCsp(page);
  await setUpAccount(page, server.invite('counsellor', '동의 상담', 'ko'), 'ko', 'co.consent.ko', '동의를 기록하는 상담원의 긴 문장');
  await expect(page.getByRole('heading', { level: 1, name: '사건' })).toBeFocused();

  // Open a case for someone who walked in: the form asks how they reached the centre.
  await page.getByRole('button', { name: '전화·방문 상담 사건 열기' }).click();
  await page.getByLabel('어떻게 센터에 연락했나요').selectOption({ label: '직접 방문' });
  await page.getByLabel('어떤 일인가요').selectOption({ label: '유포 협박' });
  await page.getByLabel('전화', { exact: true }).check();
  await page.getByLabel('전화번호').fill('010-3456-7890');
  const opened = page.waitForResponse((r) => r.url().endsWith('/api/console/v1/cases') && r.request().method() === 'POST');
  await page.getByRole('button', { name: '사건 열기' }).click();
  expect((await opened).request().postDataJSON()).toMatchObject({ arrival: 'walk_in', situation: 'threat' });
  await expect(page.locator('.console-facts').first()).toContainText('직접 방문');

  // Nothing asked yet: each kind says so.
  await expect(consentRow(page, 'police').locator('.cr-standing')).toHaveText('아직 묻지 않음');
  await expect(consentRow(page, 'write_to_operators').locator('.cr-standing')).toHaveText('아직 묻지 않음');

  // An empty note is refused under its field.
  await consentRow(page, 'police').getByRole('button', { name: '동의 기록' }).click();
  await consentRow(page, 'police').getByRole('button', { name: '저장' }).click();
  await expect(consentRow(page, 'police').getByRole('alert')).toHaveText('어떻게 말했는지 적어 주세요.');
  await consentRow(page, 'police').getByRole('button', { name: '취소' }).click();

  await recordConsent(page, 'write_to_operators', '동의 기록', '12월 2일 방문 상담에서 말로 동의함', '저장');
  await recordConsent(page, 'police', '동의 기록', '경찰 신고를 원한다고 직접 말함', '저장');
  for (const [kind, note] of [['write_to_operators', '12월 2일 방문 상담에서 말로 동의함'], ['police', '경찰 신고를 원한다고 직접 말함']] as const) {
    await expect(consentRow(page, kind).locator('.cr-standing')).toHaveText('동의함');
    await expect(consentRow(page, kind).locator('.cr-how')).toContainText('상담원 동의 상담이(가) 기록');
    await expect(consentRow(page, kind).locator('.cr-note')).toHaveText(note);
  }
  await expect(consentRow(page, 'kcsc').locator('.cr-standing')).toHaveText('아직 묻지 않음');

  // A police referral: the consent is there; the guide's rule names the station to choose.
  const form = page.locator('form[aria-labelledby="cr-new-title"]');
  await expect(form.getByLabel('어디로 연계하나요')).toHaveValue('police');
  await expect(form.locator('.cr-consent-check')).toHaveText('"경찰과 공유" 동의를 받았어요.');
  await form.getByLabel('알아요').check();
  await expect(form.locator('.cr-station-advice')).toContainText('신고할 곳: 가해자가 사는 곳의 경찰서');
  await form.getByLabel('몰라요').check();
  await expect(form.locator('.cr-station-advice')).toContainText('신고할 곳: 내가 사는 곳의 경찰서');
  await form.getByLabel('경찰서').fill('서울마포경찰서');
  await form.getByLabel('메모 (선택)').fill('여성청소년과에 전화로 알림');
  await form.getByRole('button', { name: '연계 기록' }).click();
  await expect(page.getByText('연계를 기록했어요: 경찰.')).toBeVisible();
  const referral = page.locator('li.cr-referral[data-referral-kind="police"]');
  await expect(referral.getByRole('heading', { level: 3 })).toHaveText('경찰 · 서울마포경찰서');
  await expect(referral.locator('.cr-state')).toHaveText('제안함');
  await expect(referral).not.toHaveClass(/flagged/);
  await expect(referral.locator('.cr-flag')).toHaveCount(0);

  // A KCSC referral would go ahead without consent: the form says so and asks for a reason.
  await form.getByLabel('어디로 연계하나요').selectOption('kcsc');
  await expect(form.locator('.cr-consent-check')).toContainText('피해자가 "방송통신심의위원회와 공유"에 동의하지 않았어요.');
  await form.getByLabel('기관 이름').fill('방송통신심의위원회');
  await form.getByLabel('동의 없이 연계하는 이유').fill('너무 짧아');
  await form.getByRole('button', { name: '연계 기록' }).click();
  await expect(form.getByLabel('동의 없이 연계하는 이유')).toHaveAccessibleDescription(/이유를 10자 이상 적어 주세요\./);
  await expect(page.locator('li.cr-referral[data-referral-kind="kcsc"]')).toHaveCount(0);
  await form.getByLabel('어디로 연계하나요').selectOption('police');
  await expectAccessible(page, 'case-consents-ko');
  await shot(page, 'case-ko-360');

  // The person withdraws the police consent: the referral is flagged, in words.
  await recordConsent(page, 'police', '철회 기록', '전화로 경찰 공유를 원하지 않는다고 함', '저장');
  await expect(consentRow(page, 'police').locator('.cr-standing')).toHaveText('동의를 철회함');
  await expect(consentRow(page, 'write_to_operators').locator('.cr-standing')).toHaveText('동의함');
  await expect(referral).toHaveClass(/flagged/);
  await expect(referral.locator('.cr-flag')).toHaveText('⚠ 동의 없음');
  await expect(referral.locator('.cr-flag-explain')).toContainText('지금 "경찰과 공유" 동의가 없어요');
  await consentRow(page, 'police').locator('details summary').click();
  await expect(consentRow(page, 'police').locator('details li')).toHaveText([
    /^동의 · .*경찰 신고를 원한다고 직접 말함$/, /^철회 · .*전화로 경찰 공유를 원하지 않는다고 함$/,
  ]);
  await expectAccessible(page, 'case-flagged-ko');
  await shot(page, 'case-flagged-ko-360');

  // The same case in English.
  const caseUrlId = await page.locator('.case-full-id').innerText();
  await page.getByRole('link', { name: 'English' }).click();
  await page.getByRole('button', { name: /^Assigned to me/ }).click();
  await page.locator(`[data-case-id="${caseUrlId.replace(/-/g, '')}"]`).getByRole('button').first().click();
  await expect(consentRow(page, 'police').locator('.cr-standing')).toHaveText('Withdrawn');
  await expect(consentRow(page, 'write_to_operators').locator('.cr-standing')).toHaveText('Given');
  await expect(referral.locator('.cr-flag')).toHaveText('⚠ No consent');
  await expect(page.locator('.console-facts').first()).toContainText('Walked in');
  await expectAccessible(page, 'case-flagged-en');
  await shot(page, 'case-flagged-en-360');
  expect(csp).toEqual([]);
  await context.close();
});

test('an admin reads this year’s figures in Korean and English: the case counted as "< 5", the CSV without formulas', async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ viewport: PHONE, acceptDownloads: true });
  const page = await context.newPage();
  const csp = watchCsp(page);
  await setUpAccount(page, server.invite('admin', '통계 관리자', 'ko'), 'ko', 'ad.stats.ko', '관리자가 조용한 화요일에 통계 표를 읽어요 2026');
  await page.getByRole('navigation', { name: '콘솔 메뉴' }).getByRole('button', { name: '통계' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '통계' })).toBeFocused();
  const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric' }).format(new Date());
  await expect(page.getByLabel('시작일')).toHaveValue(`${year}-01-01`);
  await expect(page.locator('[data-total="cases"]')).toHaveText('< 5');
  const arrival = page.locator('table[data-section="arrival"]');
  await expect(arrival.locator('tr[data-key="walk_in"] td')).toHaveText('< 5');
  await expect(arrival.locator('tr[data-key="walk_in"] th')).toHaveText('직접 방문');
  await expect(arrival.locator('tr[data-key="phone"] td')).toHaveText('0');
  await expect(page.locator('table[data-section="scenario"] tr[data-key="threat"] td')).toHaveText('< 5');
  await expect(page.locator('table[data-section="referral"] tr[data-key="police"] td')).toHaveText('< 5');
  expect(await page.locator('.st-table td').allInnerTexts()).not.toContain('1');
  // Five charts: no deletion request went to any operator, so that section says so instead.
  await expect(page.locator('.st-chart canvas')).toHaveCount(5);
  await expect(page.locator('section[aria-labelledby="st-operator"]')).toContainText('이 기간에는 없어요.');
  await expect(page.locator('.st-chart').first()).toHaveAttribute('aria-hidden', 'true');
  await expectAccessible(page, 'stats-ko');
  await shot(page, 'stats-ko-360');

  // Last year has no case: every count there is 0.
  await page.getByRole('button', { name: '작년' }).click();
  await expect(page.getByLabel('시작일')).toHaveValue(`${Number(year) - 1}-01-01`);
  await expect(page.locator('[data-total="cases"]')).toHaveText('0');
  await page.getByRole('button', { name: '올해' }).click();
  await expect(page.locator('[data-total="cases"]')).toHaveText('< 5');

  await page.getByRole('link', { name: 'English' }).click();
  await page.getByRole('navigation', { name: 'Console menu' }).getByRole('button', { name: 'Statistics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeFocused();
  await expect(page.locator('table[data-section="arrival"] tr[data-key="walk_in"] th')).toHaveText('Walked in');
  await expect(page.locator('table[data-section="arrival"] tr[data-key="walk_in"] td')).toHaveText('< 5');
  await expectAccessible(page, 'stats-en');
  await shot(page, 'stats-en-360');

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^jikim-stats-${year}-01-01-${year}-\\d{2}-\\d{2}\\.csv$`));
  const csv = fs.readFileSync(await download.path() ?? '', 'utf8').replace(/^\uFEFF/, '');
  const cells = csv.split(/\r?\n/).filter(Boolean).flatMap((line) => line.split(',').map((c) => c.replace(/^"|"$/g, '')));
  expect(cells.length).toBeGreaterThan(10);
  expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  expect(csv).toMatch(/"cases_by_arrival","walk_in","[^"]*","<5"/);
  expect(csv).toMatch(/"referrals_by_kind","police","[^"]*","<5"/);
  expect(csp).toEqual([]);
  await context.close();
});
