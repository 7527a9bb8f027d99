/**
 * A help request from start to end (issue 12, decision 0016), both sides in one sitting against the
 * e2e server: in Korean on a 360 px phone, a person keeps a photo, a web record and a threat message
 * in their locker and asks a centre for help with all three (how and when to reach them, a code
 * word); in English on a desktop, a counsellor invited with `jikim admin invite` finds exactly that
 * request in "New", sees the photo blurred until "Show", each record with its own facts, views the
 * original with a reason (the download is the photo, byte for byte), records the identity check,
 * takes the case and writes to the person. The person reads it in the locker and, on another
 * device, on /help/status with the code and PIN; answers; the counsellor reads the answer. The
 * person withdraws: the code stops working, the case shows as withdrawn, and its files are gone
 * from the server's disk. Screenshots at each key screen, to be looked at.
 */
import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { inviteOnE2eServer, setUpAccount } from './console-fixtures.js';
import { createLockerAt, openSection, sha256sum } from './locker-fixtures.js';
import { DATA_DIR } from './playwright.config.js';
import { screenshotPath } from './support.js';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const PASSPHRASE = 'a long sentence the person remembers for the whole journey';

/** What the person keeps and says (Korean), and what the counsellor writes back. */
const V = {
  photoTitle: '단체 대화방에 올라온 사진',
  webTitle: '게시판에 올라온 글',
  url: 'https://board.example/free/view?no=48213&from=share',
  site: 'board.example 자유게시판',
  posterId: 'night_owl_77',
  sender: '010-4321-9876',
  threat: '돈 안 보내면 사진 다 올린다. 오늘 밤까지 답해.',
  phone: `010-${randomInt(2000, 9999)}-${randomInt(1000, 9999)}`,
  safeHours: '평일 밤 9시 이후, 혼자 있을 때만',
  codeWord: '노란 우산',
  said: '헤어진 사람이 사진을 올리겠다고 협박하고 있어요. 일부는 이미 올라왔어요.',
  counsellorMessage: '안녕하세요, 지원센터 상담사예요. 보내 주신 자료 세 가지를 잘 받았어요. 오늘 밤 9시 이후에 문자 드려도 괜찮을까요?',
  reply: '네, 9시 이후에 문자 주세요. 암호 단어도 꼭 말해 주세요.',
  reason: 'Checking the photo before asking the platform to take it down',
  identityNote: 'She confirmed the code word and the date the photo was posted.',
} as const;

const victimShot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: screenshotPath(`help-case-journey-ko-360-${name}`), fullPage });
const counsellorShot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: screenshotPath(`help-case-journey-en-desktop-${name}`), fullPage });

/** The value a case page shows next to a label in an item's facts. */
const fact = (item: Locator, label: string) => item.locator('.case-facts > div').filter({ has: item.page().getByText(label, { exact: true }) }).locator('dd');
const eventOf = (page: Page, type: string) => page.locator(`.case-events [data-event-type="${type}"]`);

/** Files the server keeps for a case (its blob folder under the e2e data directory). */
function blobFiles(caseId: string): string[] {
  const dir = path.join(DATA_DIR, 'blobs', caseId);
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}

test('a person asks a centre for help, a counsellor works the case, they write to each other, the person withdraws and the files are gone', async ({ browser }) => {
  test.setTimeout(360_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-help-journey-'));
  // The person's phones keep Korean time, as the console does.
  const victim = await browser.newContext({ viewport: PHONE, locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
  const counsellor = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB', timezoneId: 'Asia/Seoul', acceptDownloads: true });
  const elsewhere = await browser.newContext({ viewport: PHONE, locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
  try {
    const photo = path.join(dir, 'photo.jpg');
    execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=640x480:rate=1', '-frames:v', '1', photo]);
    const photoSha = sha256sum(photo);

    // 1. The person: a locker, three items kept in one sitting.
    const locker = await victim.newPage();
    await createLockerAt(locker, '/locker', PASSPHRASE);
    const form = locker.locator('#section-add');
    const keep = async () => {
      const before = await locker.locator('.evidence-card').count();
      await form.getByRole('button', { name: '보관하기', exact: true }).click();
      await expect(locker.locator('.evidence-card')).toHaveCount(before + 1, { timeout: 60_000 });
    };
    await form.getByRole('radio', { name: '파일', exact: true }).check();
    await form.getByLabel('보관할 파일 고르기').setInputFiles(photo);
    await form.getByLabel('제목', { exact: true }).fill(V.photoTitle);
    await keep();
    await form.getByRole('radio', { name: '온라인 게시물', exact: true }).check();
    await form.getByLabel('제목', { exact: true }).fill(V.webTitle);
    await form.getByLabel('게시물 주소(URL)').fill(V.url);
    await form.getByLabel('사이트 이름').fill(V.site);
    await form.getByLabel('올린 사람의 아이디').fill(V.posterId);
    await keep();
    await form.getByRole('radio', { name: '협박 메시지', exact: true }).check();
    await form.getByLabel('보낸 사람 전화번호').fill(V.sender);
    await form.getByLabel('메시지 내용').fill(V.threat);
    await keep();
    await victimShot(locker, '1-kept');

    // The request: how to reach them, what happened, the three items, a review; then the code and PIN.
    await openSection(locker, '기관에 도움 요청');
    const help = locker.locator('#section-help');
    await help.getByRole('button', { name: '시작하기', exact: true }).click();
    await help.getByLabel('문자', { exact: true }).check();
    await help.getByLabel('전화번호', { exact: true }).fill(V.phone);
    await help.getByLabel('연락해도 되는 때').fill(V.safeHours);
    await expect(help.getByLabel('음성 메시지를 남기지 말아 주세요')).toBeChecked();
    await help.getByLabel('확인용 암호 단어 (선택)').fill(V.codeWord);
    await victimShot(locker, '2-contact');
    await help.getByRole('button', { name: '다음', exact: true }).click();
    await help.getByLabel('누군가 퍼뜨리겠다고 협박해요').check();
    await help.getByLabel('상담사에게 하고 싶은 말 (선택)').fill(V.said);
    await help.getByRole('button', { name: '다음', exact: true }).click();
    const boxes = help.locator('.help-items input[type="checkbox"]');
    await expect(boxes).toHaveCount(3);
    for (const name of [V.photoTitle, V.webTitle, '메시지']) {
      await expect(help.getByLabel(name, { exact: true })).not.toBeChecked();
      await help.getByLabel(name, { exact: true }).check();
    }
    await expect(help.getByText('3개 골랐어요')).toBeVisible();
    await victimShot(locker, '3-items');
    await help.getByRole('button', { name: '다음', exact: true }).click();
    const contactReview = help.locator('.help-review-contact');
    for (const text of ['문자', V.phone, V.safeHours, '남기지 않기', V.codeWord]) await expect(contactReview).toContainText(text);
    await expect(help.locator('.help-review-items > li')).toHaveCount(3);
    await expect(help.locator('.help-review-items > li').filter({ hasText: V.photoTitle })).toContainText(photoSha.slice(0, 12));
    await expect(help.locator('.help-review-items > li').filter({ hasText: V.webTitle })).toContainText(V.url);
    await expect(help.locator('.help-review-items > li').filter({ hasText: V.sender })).toHaveCount(1);
    await victimShot(locker, '4-review');
    await help.getByRole('button', { name: '보내기', exact: true }).click();
    await expect(help.locator('#help-case-code')).toBeVisible({ timeout: 120_000 });
    const code = (await help.locator('#help-case-code').innerText()).trim();
    const pin = (await help.locator('#help-case-pin').innerText()).replace(/\s/gu, '');
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}$/u);
    expect(pin).toMatch(/^\d{6}$/u);
    await expect(help.locator('[data-upload-state="complete"]')).toHaveCount(1, { timeout: 60_000 });
    await victimShot(locker, '5-code');
    await help.getByRole('button', { name: '적어 두었어요', exact: true }).click();
    await expect(help.locator('[data-status="received"]')).toBeVisible();
    await expect(help.locator('.help-status-items > li[data-upload="complete"]')).toContainText('파일을 다 받았어요');

    // 2. The counsellor: set up with TOTP, the request in "New", exactly as the person asked to be reached.
    const console_ = await counsellor.newPage();
    const tag = randomInt(100_000, 999_999);
    await setUpAccount(console_, inviteOnE2eServer('counsellor', `Jordan ${tag}`, 'en'), 'en', `jordan.${tag}`, 'a counsellor keeps this long sentence in mind');
    await expect(console_.getByRole('heading', { level: 1, name: 'Cases' })).toBeFocused();
    const tabs = console_.getByRole('navigation', { name: 'Which cases' });
    await expect(tabs.getByRole('button', { name: /New/ })).toHaveAttribute('aria-current', 'page');
    // Which new request is hers: the list shows no phone number, so each one with her safe times is opened until the number is hers
    // (one, unless another run of this journey shares the server).
    const candidates = console_.locator('.case-row').filter({ hasText: V.safeHours });
    await expect(candidates.first()).toBeVisible();
    let caseId = '';
    for (const id of await candidates.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-case-id') ?? ''))) {
      await console_.locator(`.case-row[data-case-id="${id}"] .case-open`).click();
      const contactText = await console_.getByRole('group', { name: 'Check before any contact' }).first().innerText();
      await console_.getByRole('button', { name: '← Back to the cases' }).click();
      await expect(tabs.getByRole('button', { name: /New/ })).toHaveAttribute('aria-current', 'page');
      if (contactText.includes(V.phone)) {
        caseId = id;
        break;
      }
    }
    expect(caseId).toMatch(/^[0-9a-z]{16}$/u);
    const row = console_.locator(`.case-row[data-case-id="${caseId}"]`);
    await expect(row.locator('.case-contact dd')).toHaveText(['No name given', 'Text message', V.safeHours, 'No voicemail', 'Has a code word']);
    await expect(row).toContainText('New request');
    await expect(row).toContainText('Asked from the locker');
    await expect(row).toContainText('3 items');
    await expect(row).toContainText('Threatened with sharing');
    // The list says a code word exists, never the word or the number.
    await expect(row).not.toContainText(V.codeWord);
    await expect(row).not.toContainText(V.phone);
    await counsellorShot(console_, '1-new');

    await row.locator('.case-open').click();
    await expect(console_.getByRole('heading', { level: 1, name: `Case ${caseId.slice(0, 4)}-${caseId.slice(4, 8)}` })).toBeFocused();
    await expect(console_.locator('.case-full-id')).toHaveText(caseId.match(/.{4}/gu)?.join('-') ?? '');
    const contact = console_.getByRole('group', { name: 'Check before any contact' }).first();
    await expect(contact.locator('dd')).toHaveText(['No name given', 'Text message', V.phone, V.safeHours, 'No voicemail', `${V.codeWord} (say it first)`]);
    await expect(console_.locator('.case-message')).toHaveText(V.said);
    await expect(console_.locator('.case-item')).toHaveCount(3);

    // The photo: its thumbnail blurred until "Show".
    const photoItem = console_.locator('.case-item').filter({ hasText: V.photoTitle });
    const thumbnail = photoItem.locator('.preview-frame img');
    await expect(thumbnail).toBeVisible();
    expect(await thumbnail.evaluate((img) => getComputedStyle(img).filter)).toContain('blur(');
    await expect(photoItem).toContainText('The preview is blurred.');
    await expect(photoItem.locator('.case-sha256')).toHaveText(photoSha);
    await expect(fact(photoItem, 'File')).toHaveText('Uploaded');
    // The other two, each with its own facts.
    const webItem = console_.locator('.case-item').filter({ hasText: V.webTitle });
    await expect(webItem.locator('.case-url')).toHaveText(V.url);
    await expect(webItem.getByRole('link')).toHaveCount(0);
    await expect(fact(webItem, 'Site')).toHaveText(V.site);
    await expect(fact(webItem, 'Poster’s ID')).toHaveText(V.posterId);
    const messageItem = console_.locator('.case-item').filter({ hasText: V.sender });
    await expect(fact(messageItem, 'Sender’s number')).toHaveText(V.sender);
    await expect(fact(messageItem, 'Message')).toHaveText(V.threat);
    await expect(webItem).not.toContainText(V.sender);
    await expect(messageItem).not.toContainText(V.url);
    await counsellorShot(console_, '2-case-blurred');
    await photoItem.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(photoItem.getByRole('img', { name: `Preview of ${V.photoTitle}` })).toBeVisible();
    expect(await thumbnail.evaluate((img) => getComputedStyle(img).filter)).toBe('none');
    await photoItem.screenshot({ path: screenshotPath('help-case-journey-en-desktop-3-photo-shown') });
    await photoItem.getByRole('button', { name: 'Blur again' }).click();
    expect(await thumbnail.evaluate((img) => getComputedStyle(img).filter)).toContain('blur(');

    // The original, with a reason: the download is the photo; the case history keeps the reason.
    await photoItem.getByRole('button', { name: `View original: ${V.photoTitle}` }).click();
    const dialog = console_.getByRole('dialog', { name: `View the original: ${V.photoTitle}` });
    await expect(dialog.getByLabel('Reason for viewing')).toBeFocused();
    await dialog.getByLabel('Reason for viewing').fill(V.reason);
    await counsellorShot(console_, '4-original-reason', false);
    const [download] = await Promise.all([console_.waitForEvent('download'), dialog.getByRole('button', { name: 'Record the reason and download' }).click()]);
    expect(sha256sum(await download.path())).toBe(photoSha);
    await expect(dialog).toHaveCount(0);
    await expect(console_.getByText('The download has started. The viewing was recorded.')).toBeVisible();
    await expect(eventOf(console_, 'original_viewed')).toContainText(`Reason: ${V.reason}`);
    await expect(eventOf(console_, 'original_viewed')).toContainText(V.photoTitle);

    // The identity check (how, and a note), the case taken, a message to the person.
    await console_.getByLabel('How', { exact: true }).selectOption({ label: 'By phone, known details' });
    await console_.getByLabel('Note on the check').fill(V.identityNote);
    await console_.getByRole('button', { name: 'Record the check' }).click();
    await expect(eventOf(console_, 'identity_checked')).toContainText('By phone, known details');
    await expect(eventOf(console_, 'identity_checked')).toContainText(V.identityNote);
    await console_.getByRole('button', { name: 'Assign to me' }).click();
    await expect(console_.getByText('This case is assigned to you.')).toBeVisible();
    await expect(eventOf(console_, 'assigned')).toContainText(`Jordan ${tag}`);
    const messageForm = console_.locator('form', { has: console_.getByRole('heading', { name: 'Write to the person' }) });
    await expect(messageForm.getByRole('group', { name: 'Check before any contact' })).toContainText(V.codeWord);
    await expect(messageForm.getByLabel('Set the case to waiting for their reply')).toBeChecked();
    await messageForm.getByLabel('Message', { exact: true }).fill(V.counsellorMessage);
    await messageForm.getByRole('button', { name: 'Send the message' }).click();
    await expect(eventOf(console_, 'message_to_victim')).toContainText(V.counsellorMessage);
    await expect(eventOf(console_, 'status').last()).toContainText('Waiting for a reply');
    await expect(console_.locator('.case-page > .console-facts').first()).toContainText('Waiting for a reply');
    await counsellorShot(console_, '5-case-worked');

    // 3. The person reads it in the locker (after a reload and an unlock)…
    await locker.reload();
    await locker.locator('#passphrase').fill(PASSPHRASE);
    await locker.locator('#passphrase').press('Enter');
    await expect(locker.locator('.locker-menu')).toBeVisible({ timeout: 30_000 });
    await openSection(locker, '기관에 도움 요청');
    await expect(help.locator('[data-status="waiting_for_you"]')).toHaveText('상담사가 답을 기다리고 있어요.');
    await expect(help.locator('.help-messages > li.from-centre .help-message-text')).toHaveText([V.counsellorMessage]);
    await victimShot(locker, '6-locker-message');

    // …and on another device, with the code and PIN, where they answer.
    const away = await elsewhere.newPage();
    await away.goto('/help/status');
    await away.getByLabel('요청 번호').fill(code);
    await away.getByLabel('확인 번호 (숫자 여섯 자리)').fill(pin);
    await away.getByRole('button', { name: '요청 열기', exact: true }).click();
    await expect(away.locator('[data-status="waiting_for_you"]')).toBeVisible();
    await expect(away.locator('.help-messages > li.from-centre .help-message-text')).toHaveText([V.counsellorMessage]);
    await expect(away.locator('.help-status-items > li')).toHaveCount(3);
    await away.getByLabel('상담사에게 답하기').fill(V.reply);
    await away.getByRole('button', { name: '답장 보내기', exact: true }).click();
    await expect(away.getByText('답장을 보냈어요.')).toBeVisible();
    await expect(away.locator('.help-messages > li.from-you .help-message-text')).toHaveText([V.reply]);
    expect(await away.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await victimShot(away, '7-status-replied');

    // 4. The counsellor sees the answer in the case history (the case is theirs, no longer waiting).
    await console_.getByRole('button', { name: '← Back to the cases' }).click();
    await tabs.getByRole('button', { name: /Assigned to me/ }).click();
    await expect(tabs.getByRole('button', { name: /Assigned to me/ })).toHaveAttribute('aria-current', 'page');
    const mine = console_.locator(`.case-row[data-case-id="${caseId}"]`);
    await expect(mine).toContainText('Assigned');
    await mine.locator('.case-open').click();
    await expect(eventOf(console_, 'message_from_victim')).toHaveCount(1);
    await expect(eventOf(console_, 'message_from_victim').locator('.case-event-text')).toHaveText(V.reply);
    await expect(eventOf(console_, 'message_from_victim')).toContainText('The person');
    await counsellorShot(console_, '6-reply-in-history');
    // The files are on the server's disk while the case lives: the photo and its on-device thumbnail, sealed.
    expect(blobFiles(caseId).filter((f) => f.endsWith('.blob'))).toHaveLength(2);

    // 5. The person withdraws, after a screen that says it cannot be undone; the code no longer opens anything.
    await away.getByRole('button', { name: '요청 거두기', exact: true }).click();
    await expect(away.locator('#help-withdraw-title')).toBeFocused();
    await expect(away.getByText('거두면 되돌릴 수 없어요')).toBeVisible();
    await victimShot(away, '8-withdraw-confirm');
    await away.getByRole('button', { name: '네, 거두고 모두 지울게요', exact: true }).click();
    await expect(away.getByText('요청을 거두었어요. 보낸 것은 모두 지워졌어요.')).toBeVisible();
    await victimShot(away, '9-withdrawn');
    await away.getByLabel('요청 번호').fill(code);
    await away.getByLabel('확인 번호 (숫자 여섯 자리)').fill(pin);
    await away.getByRole('button', { name: '요청 열기', exact: true }).click();
    await expect(away.getByRole('alert')).toContainText('번호가 맞지 않거나, 요청을 거두었거나');
    await victimShot(away, '10-code-refused');

    // 6. The counsellor: withdrawn in the list and on the page, nothing left to read; the files are gone from disk.
    await console_.getByRole('button', { name: '← Back to the cases' }).click();
    await expect(console_.locator(`.case-row[data-case-id="${caseId}"]`)).toHaveCount(0);
    await tabs.getByRole('button', { name: /Closed/ }).click();
    const gone = console_.locator(`.case-row[data-case-id="${caseId}"]`);
    await expect(gone).toHaveClass(/withdrawn/u);
    await expect(gone).toContainText('Withdrawn (');
    await expect(gone).toContainText('Withdrawn: no contact details remain.');
    for (const text of [V.safeHours, V.phone, V.codeWord]) await expect(gone).not.toContainText(text);
    await counsellorShot(console_, '7-closed-withdrawn');
    await gone.locator('.case-open').click();
    await expect(console_.locator('.case-page > .console-facts').first()).toContainText('Withdrawn (');
    await expect(console_.getByText('The person withdrew the request and everything in it was deleted. Do not contact them.')).toBeVisible();
    await expect(console_.getByText('Nothing can be added to a withdrawn case.')).toBeVisible();
    await expect(console_.getByRole('heading', { level: 2 })).toHaveText(['How to reach them']);
    await expect(console_.locator('.case-contact')).toHaveText('Withdrawn: no contact details remain.');
    await expect(console_.locator('.case-item')).toHaveCount(0);
    for (const text of [V.said, V.counsellorMessage, V.reply, V.photoTitle, V.identityNote]) await expect(console_.locator('.case-page')).not.toContainText(text);
    await counsellorShot(console_, '8-case-withdrawn');
    expect(blobFiles(caseId)).toEqual([]);
  } finally {
    await victim.close();
    await counsellor.close();
    await elsewhere.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
