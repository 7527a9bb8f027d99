/**
 * The person's side of case work (issue 13, decision 0017), on a server of its own (PORT + 7): in
 * Korean on a 360 px phone, a person with two deletion requests in their locker's tracker asks a
 * centre for help; a counsellor (through the console's API) adds two addresses to the case and
 * records one removal. The person sees both addresses, each with its own status, as text (no
 * links); agrees to "write to site operators for me", and the counsellor's API shows that consent
 * given in the locker; the person shares one of their two tracker records after a review, and the
 * counsellor's target list has that one (from the person), not the other. The same status in
 * English on /en/help/status with the code and PIN. Screenshots at 360 px in ko and en.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { randomInt } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { consoleCall, setUpAccount, startConsoleServer, type ConsoleServer } from './console-fixtures.js';
import { createLockerAt, openSection } from './locker-fixtures.js';
import { PORT } from './playwright.config.js';
import { screenshotPath } from './support.js';
import { smallTargets } from './tap-targets.js';

const CASE_WORK_PORT = Number(process.env.JIKIM_E2E_CASE_WORK_PORT ?? PORT + 7);
const PHONE = { width: 360, height: 740 };
const PASSPHRASE = 'a person keeps this long sentence for the case work journey';

const A = {
  removed: 'https://board.example/free/view?no=48213&from=share',
  found: 'https://video.example/watch/9f1c2a',
  shared: 'https://social.example/p/kept-in-my-locker-1',
  mine: 'https://blog.example/2026/11/not-shared',
  reference: 'BOARD-2026-1182',
  reply: '게시물을 삭제했습니다.',
} as const;

interface Target { id: string; url: string; status: string; source: string }

let server: ConsoleServer;
test.beforeAll(async () => {
  server = await startConsoleServer(CASE_WORK_PORT, 'case-work');
});
test.afterAll(async () => {
  await server.stop();
});

const PARTS = ['.case-takedowns', '.case-consents', '.share-takedowns'] as const;

/** Axe (WCAG 2.2 AA) and 44 px targets on this journey's parts of the status view, as they are on the page. */
async function expectPartsAccessible(page: Page, name: string): Promise<void> {
  const present = [];
  for (const part of PARTS) if (await page.locator(part).count()) present.push(part);
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  for (const part of present) axe = axe.include(part);
  const { violations } = await axe.analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe: ${name}`).toEqual([]);
  for (const part of present) expect(await smallTargets(page, part), `tap targets: ${name} ${part}`).toEqual([]);
}

const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(`help-case-work-${name}`), fullPage: true });

test('a person sees the centre\'s takedowns with their own statuses, agrees to letters and shares a tracker record', async ({ browser }) => {
  test.setTimeout(300_000);
  const victim = await browser.newContext({ viewport: PHONE, locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
  const counsellor = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Asia/Seoul' });
  const elsewhere = await browser.newContext({ viewport: PHONE, locale: 'en-GB', timezoneId: 'Asia/Seoul' });
  try {
    // 1. The person: a locker with two deletion requests of their own in the tracker.
    const locker = await victim.newPage();
    await createLockerAt(locker, `${server.origin}/locker`, PASSPHRASE);
    await openSection(locker, '요청 기록');
    const tracker = locker.locator('section[aria-labelledby="tracker-title"]');
    for (const url of [A.shared, A.mine]) {
      await tracker.locator('#takedown-url').fill(url);
      await tracker.getByRole('button', { name: '기록하기', exact: true }).click();
      await expect(tracker.locator('.evidence-card').filter({ hasText: url })).toHaveCount(1);
    }

    // The help request, with no items: a phone number, safe times, then the code and PIN.
    await openSection(locker, '기관에 도움 요청');
    const help = locker.locator('#section-help');
    await help.getByRole('button', { name: '시작하기', exact: true }).click();
    await help.getByLabel('문자', { exact: true }).check();
    await help.getByLabel('전화번호', { exact: true }).fill(`010-${randomInt(2000, 9999)}-${randomInt(1000, 9999)}`);
    await help.getByRole('button', { name: '다음', exact: true }).click();
    await help.getByLabel('누군가 퍼뜨리겠다고 협박해요').check();
    await help.getByRole('button', { name: '다음', exact: true }).click();
    await help.getByRole('button', { name: '다음', exact: true }).click();
    await help.getByRole('button', { name: '보내기', exact: true }).click();
    await expect(help.locator('#help-case-code')).toBeVisible({ timeout: 120_000 });
    const code = (await help.locator('#help-case-code').innerText()).trim();
    const pin = (await help.locator('#help-case-pin').innerText()).replace(/\s/gu, '');
    await help.getByRole('button', { name: '적어 두었어요', exact: true }).click();
    const takedowns = help.locator('.case-takedowns');
    await expect(takedowns.getByText('아직 여기에 올라온 주소가 없어요.', { exact: false })).toBeVisible();
    await expect(help.locator('.case-consent[data-consent="write_to_operators"]')).toHaveAttribute('data-standing', 'never');
    await shot(locker, 'ko-360-1-empty');

    // 2. The counsellor: two addresses on the case, one asked and removed.
    const console_ = await counsellor.newPage();
    const tag = randomInt(100_000, 999_999);
    await setUpAccount(console_, server.invite('counsellor', `Sam ${tag}`, 'en'), 'en', `sam.${tag}`, 'a counsellor keeps this long sentence in mind');
    await expect(console_.getByRole('heading', { level: 1, name: 'Cases' })).toBeFocused();
    const caseId = await console_.locator('.case-row').first().getAttribute('data-case-id') ?? '';
    expect(caseId).toMatch(/^[0-9a-z]{16}$/u);
    const added = await consoleCall<{ added: Target[] }>(console_, 'POST', `/cases/${caseId}/targets`, { targets: [{ url: A.removed }, { url: A.found }] });
    expect(added.added.map((t) => t.url)).toEqual([A.removed, A.found]);
    const removedId = added.added[0]?.id ?? '';
    await consoleCall(console_, 'POST', `/cases/${caseId}/targets/${removedId}/status`, { status: 'requested', reference: A.reference });
    await consoleCall(console_, 'POST', `/cases/${caseId}/targets/${removedId}/status`, { status: 'removed', response: A.reply });

    // 3. The person sees both addresses, each its own status, as text; the history says who did what.
    await help.getByRole('button', { name: '새로 보기', exact: true }).click();
    const rows = takedowns.locator('.case-takedown');
    await expect(rows).toHaveCount(2);
    const removedRow = rows.filter({ has: locker.locator('.case-takedown-url', { hasText: A.removed }) });
    const foundRow = rows.filter({ has: locker.locator('.case-takedown-url', { hasText: A.found }) });
    await expect(removedRow.locator('.case-takedown-url')).toHaveText(A.removed);
    await expect(removedRow.locator('.case-takedown-status')).toHaveText('지워졌어요');
    await expect(foundRow.locator('.case-takedown-url')).toHaveText(A.found);
    await expect(foundRow.locator('.case-takedown-status')).toHaveText('찾았어요 (아직 요청 전)');
    await expect(takedowns.locator('a')).toHaveCount(0);
    await removedRow.locator('summary').click();
    const history = removedRow.locator('.case-takedown-history > li');
    await expect(history).toHaveCount(2);
    await expect(history.nth(0)).toContainText('센터 · 삭제를 요청했어요');
    await expect(history.nth(0)).toContainText(A.reference);
    await expect(history.nth(1)).toContainText('지워졌어요');
    await expect(history.nth(1)).toContainText(A.reply);
    await expectPartsAccessible(locker, 'ko locker');
    await shot(locker, 'ko-360-2-takedowns');

    // 4. The person agrees to letters; the counsellor's API shows the consent, given in the locker.
    const letters = help.locator('.case-consent[data-consent="write_to_operators"]');
    await letters.getByRole('button', { name: '동의하기', exact: true }).click();
    await expect(letters).toHaveAttribute('data-standing', 'agreed');
    await expect(help.locator('.case-consents [role="status"]')).toHaveText('\'나 대신 사이트 운영자에게 삭제 요청하기\'에 동의했어요.');
    await expect(letters.getByRole('button', { name: '동의 거두기', exact: true })).toBeVisible();
    await expect(help.locator('.case-consent[data-consent="police"]')).toHaveAttribute('data-standing', 'never');
    const consents = await consoleCall<{ current: Record<string, boolean>; records: { kind: string; how: string; granted: boolean }[] }>(console_, 'GET', `/cases/${caseId}/consents`);
    expect(consents.current).toEqual({ write_to_operators: true });
    expect(consents.records.map((r) => [r.kind, r.granted, r.how])).toEqual([['write_to_operators', true, 'locker']]);
    await shot(locker, 'ko-360-3-agreed');

    // 5. The person shares one of their two tracker records, after a review of exactly what goes.
    const share = help.locator('.share-takedowns');
    await expect(share.getByRole('checkbox')).toHaveCount(2);
    for (const box of await share.getByRole('checkbox').all()) await expect(box).not.toBeChecked();
    await share.getByLabel(A.shared, { exact: true }).check();
    await share.getByRole('button', { name: '보낼 내용 확인하기', exact: true }).click();
    await expect(share.getByRole('heading', { name: '이대로 보낼까요?' })).toBeFocused();
    await expect(share.locator('.share-takedowns-review > li')).toHaveCount(1);
    await expect(share.locator('.share-takedowns-review > li')).toContainText(A.shared);
    await expect(share.locator('.share-takedowns-review')).not.toContainText(A.mine);
    await shot(locker, 'ko-360-4-share-review');
    await share.getByRole('button', { name: '센터에 보내기', exact: true }).click();
    await expect(share.getByText('기록 1개를 센터에 보냈어요.')).toBeVisible();
    await expect(share.locator('.share-takedowns-sent > li')).toHaveText([A.shared]);
    await expect(rows).toHaveCount(3);
    await expect(rows.filter({ hasText: A.shared }).locator('.case-takedown-status')).toHaveText('삭제를 요청했어요');
    const targets = await consoleCall<{ targets: Target[] }>(console_, 'GET', `/cases/${caseId}/targets`);
    expect(targets.targets.filter((t) => t.source === 'victim').map((t) => t.url)).toEqual([A.shared]);
    expect(targets.targets.map((t) => t.url)).not.toContain(A.mine);
    expect(await locker.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await shot(locker, 'ko-360-5-shared');

    // 6. In English on another phone, with the code and PIN: the same addresses and statuses, the consent given.
    const away = await elsewhere.newPage();
    await away.goto(`${server.origin}/en/help/status`);
    await away.getByLabel('Request code').fill(code);
    await away.getByLabel('PIN (six digits)').fill(pin);
    await away.getByRole('button', { name: 'Open the request', exact: true }).click();
    const awayRows = away.locator('.case-takedown');
    await expect(awayRows).toHaveCount(3);
    await expect(awayRows.filter({ hasText: A.removed }).locator('.case-takedown-status')).toHaveText('Removed');
    await expect(awayRows.filter({ hasText: A.found }).locator('.case-takedown-status')).toHaveText('Found (not asked yet)');
    await expect(awayRows.filter({ hasText: A.shared }).locator('.case-takedown-status')).toHaveText('Asked to remove');
    await expect(away.locator('.case-consent[data-consent="write_to_operators"] .case-consent-state')).toContainText('You agreed');
    await expect(away.locator('.share-takedowns')).toHaveCount(0);
    await expectPartsAccessible(away, 'en status page');
    await shot(away, 'en-360-6-status');

    // Withdrawing an agreement asks first, then the view says so.
    const awayLetters = away.locator('.case-consent[data-consent="write_to_operators"]');
    await awayLetters.getByRole('button', { name: 'Withdraw my agreement', exact: true }).click();
    await expect(away.getByRole('heading', { name: 'Withdraw your agreement to “Write to site operators for me”?' })).toBeFocused();
    await shot(away, 'en-360-7-withdraw-confirm');
    // By keyboard: from the focused question, Tab reaches "Yes, withdraw" first.
    await away.keyboard.press('Tab');
    await expect(away.getByRole('button', { name: 'Yes, withdraw my agreement', exact: true })).toBeFocused();
    await away.keyboard.press('Enter');
    await expect(awayLetters).toHaveAttribute('data-standing', 'withdrawn');
    await expect(awayLetters.locator('.case-consent-state')).toHaveText('You withdrew your agreement');
    await expect(away.locator('.case-consents [role="status"]')).toHaveText('You withdrew your agreement: Write to site operators for me.');
    await expect(awayLetters.getByRole('button', { name: 'Agree', exact: true })).toBeFocused();
    const after = await consoleCall<{ current: Record<string, boolean> }>(console_, 'GET', `/cases/${caseId}/consents`);
    expect(after.current).toEqual({ write_to_operators: false });
  } finally {
    await victim.close();
    await counsellor.close();
    await elsewhere.close();
  }
});
