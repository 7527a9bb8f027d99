/**
 * The complaint's facts (범죄사실) each describe their own item, in one sitting: items are added in
 * an order different from the timeline's, one is corrected and another added earlier in time,
 * without locking or reloading in between; the form, the draft text and both PDFs follow.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createLockerAt, openSection, sha256sum } from './locker-fixtures.js';
import { screenshotPath } from './support.js';

const L = {
  ko: {
    path: '/locker', file: '파일', web: '온라인 게시물', message: '협박 메시지', note: '메모', title: '제목', fileInput: '보관할 파일 고르기',
    url: '게시물 주소(URL)', site: '사이트 이름', poster: '올린 사람의 아이디', posted: '게시된 시각', seen: '내가 본 시각',
    sender: '보낸 사람 전화번호', text: '메시지 내용', sent: '받은 시각', occurred: '언제 일어났나요?', description: '설명',
    keep: '보관하기', add: '증거 추가', evidence: '증거 목록', complaint: '고소장', correct: '내용 고치기', save: '고친 내용 저장',
    name: '이름', make: '초안 만들기', pdf: ['PDF로 저장 (한국어)', 'PDF로 저장 (영어 참고본)'], stale: '바뀌었어요',
  },
  en: {
    path: '/en/locker', file: 'File', web: 'Online post', message: 'Threat message', note: 'Note', title: 'Title', fileInput: 'Choose the file to keep',
    url: 'Address of the post (URL)', site: 'Site name', poster: 'Poster’s ID', posted: 'When it was posted', seen: 'When you saw it',
    sender: 'Sender’s phone number', text: 'What the message says', sent: 'When it arrived', occurred: 'When did it happen?', description: 'Description',
    keep: 'Keep it', add: 'Add evidence', evidence: 'Evidence', complaint: 'Complaint', correct: 'Correct the details', save: 'Save the correction',
    name: 'Name', make: 'Make the draft', pdf: ['Save as PDF (Korean)', 'Save as PDF (English rendering)'], stale: 'The locker changed',
  },
} as const;

const squash = (s: string) => s.replace(/\s+/gu, '');

for (const locale of ['ko', 'en'] as const) {
  const l = L[locale];
  test(`each complaint fact describes its own item as items are added, corrected and re-ordered (${locale})`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 360, height: 740 });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-facts-'));
    const photo = path.join(dir, 'photo-of-post.jpg');
    execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=320x240', '-frames:v', '1', photo]);
    try {
      await createLockerAt(page, l.path, 'a long and memorable sentence for facts');
      const form = page.locator('#section-add');
      const keep = async () => {
        const before = await page.locator('.evidence-card').count();
        await form.getByRole('button', { name: l.keep, exact: true }).click();
        await expect(page.locator('.evidence-card')).toHaveCount(before + 1, { timeout: 60_000 });
      };
      // Added in this order: the photo (no date, so last in time), the post (10 Nov), the message (20 Nov).
      await form.getByRole('radio', { name: l.file, exact: true }).check();
      await form.getByLabel(l.fileInput, { exact: true }).setInputFiles(photo);
      await form.getByLabel(l.title, { exact: true }).fill('photo kept');
      await keep();
      await form.getByRole('radio', { name: l.web, exact: true }).check();
      await form.getByLabel(l.title, { exact: true }).fill('the post');
      await form.getByLabel(l.url).fill('https://board.example/view?id=777');
      await form.getByLabel(l.site).fill('Board Example');
      await form.getByLabel(l.poster).fill('uploader_77');
      await form.getByLabel(l.posted).fill('2026-11-10T21:30');
      await form.getByLabel(l.seen).fill('2026-11-11T08:00');
      await keep();
      await form.getByRole('radio', { name: l.message, exact: true }).check();
      await form.getByLabel(l.title, { exact: true }).fill('the message');
      await form.getByLabel(l.sender).fill('010-2222-3333');
      await form.getByLabel(l.text).fill('pay or I post it');
      await form.getByLabel(l.sent).fill('2026-11-20T09:15');
      await keep();

      const idOf = async (title: string) => String(await page.locator('.evidence-card', { has: page.locator('h3', { hasText: new RegExp(`^${title}$`, 'u') }) }).getAttribute('data-item-id'));
      const ids = { photo: await idOf('photo kept'), post: await idOf('the post'), message: await idOf('the message') };
      const hash = sha256sum(photo);

      await openSection(page, l.complaint);
      const panel = page.locator('section[aria-labelledby="complaint-title"]');
      const fact = (id: string) => panel.locator(`#fact-${id}`);
      const checkFacts = async (url: string) => {
        await expect(fact(ids.post)).toHaveValue(new RegExp(url.replace(/[?.]/gu, '\\$&')));
        await expect(fact(ids.post)).toHaveValue(/Board Example/);
        await expect(fact(ids.post)).toHaveValue(/uploader_77/);
        await expect(fact(ids.post)).not.toHaveValue(new RegExp(hash));
        await expect(fact(ids.message)).toHaveValue(/010-2222-3333/);
        await expect(fact(ids.message)).toHaveValue(/pay or I post it/);
        await expect(fact(ids.message)).not.toHaveValue(/photo-of-post|board\.example/);
        await expect(fact(ids.photo)).toHaveValue(new RegExp(hash));
        await expect(fact(ids.photo)).toHaveValue(/photo-of-post\.jpg/);
        await expect(fact(ids.photo)).not.toHaveValue(/010-2222-3333|board\.example/);
      };
      await checkFacts('https://board.example/view?id=777');
      // In the timeline's order, not the order they were added: the post, the message, the photo.
      const order = await panel.locator('textarea[id^="fact-"]').evaluateAll((els) => els.map((el) => el.id));
      expect(order).toEqual([`fact-${ids.post}`, `fact-${ids.message}`, `fact-${ids.photo}`]);

      // Correct the post's address, and add a note dated before everything else, without locking.
      await openSection(page, l.evidence);
      const postCard = page.locator(`.evidence-card[data-item-id="${ids.post}"]`);
      await postCard.getByRole('button', { name: l.correct }).click();
      await postCard.getByLabel(l.url).fill('https://board.example/view?id=778');
      await postCard.getByRole('button', { name: l.save }).click();
      await expect(postCard).toContainText('id=778');
      await openSection(page, l.add);
      await form.getByRole('radio', { name: l.note, exact: true }).check();
      await form.getByLabel(l.title, { exact: true }).fill('what I remember');
      await form.getByLabel(l.occurred).fill('2026-11-01T12:00');
      await form.getByLabel(l.description, { exact: true }).fill('the first time I saw the post');
      await keep();
      const noteId = await idOf('what I remember');

      await openSection(page, l.complaint);
      await checkFacts('https://board.example/view?id=778');
      await expect(fact(ids.post)).not.toHaveValue(/id=777/);
      await expect(fact(noteId)).toHaveValue(/the first time I saw the post/);
      expect(await panel.locator('textarea[id^="fact-"]').evaluateAll((els) => els.map((el) => el.id)))
        .toEqual([`fact-${noteId}`, `fact-${ids.post}`, `fact-${ids.message}`, `fact-${ids.photo}`]);
      await page.screenshot({ path: screenshotPath(`locker-complaint-facts-${locale}`), fullPage: true });

      // The draft text and both PDFs carry each fact as the form shows it, with its own item.
      const facts = await Promise.all([noteId, ids.post, ids.message, ids.photo].map((id) => fact(id).inputValue()));
      await panel.getByLabel(l.name, { exact: true }).fill('Kim Jikim');
      await panel.getByRole('button', { name: l.make }).click();
      const text = await panel.locator('#complaint-text').inputValue();
      let at = -1;
      for (const f of facts) {
        const next = text.indexOf(f.split('\n')[0] ?? f);
        expect(next, f).toBeGreaterThan(at);
        at = next;
      }
      // A correction after the draft was made is flagged on the draft, not silently left out.
      await openSection(page, l.evidence);
      await page.locator(`.evidence-card[data-item-id="${ids.message}"]`).getByRole('button', { name: l.correct }).click();
      await page.locator(`.evidence-card[data-item-id="${ids.message}"]`).getByLabel(l.sender).fill('010-4444-5555');
      await page.locator(`.evidence-card[data-item-id="${ids.message}"]`).getByRole('button', { name: l.save }).click();
      await openSection(page, l.complaint);
      await expect(panel.getByText(l.stale)).toBeVisible();
      await expect(fact(ids.message)).toHaveValue(/010-4444-5555/);
      facts[2] = await fact(ids.message).inputValue();

      for (const [n, button] of l.pdf.entries()) {
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), panel.getByRole('button', { name: button }).click()]);
        const pdf = path.join(dir, `complaint-${String(n)}.pdf`);
        await download.saveAs(pdf);
        const words = squash(execFileSync('pdftotext', [pdf, '-']).toString());
        for (const f of facts) expect(words, f).toContain(squash(f));
        expect(words).not.toContain('010-2222-3333');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
