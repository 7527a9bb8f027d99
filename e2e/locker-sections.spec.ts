/**
 * Finding one's way in the open locker on a 360 px phone: a menu of sections that stays on screen,
 * each section short with five items kept, the PDF two taps away, the threat guidance first only
 * when there are threats, and every control big enough to tap (44 × 44 CSS px).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createLockerAt } from './locker-fixtures.js';
import { screenshotPath } from './support.js';
import { smallTargets } from './tap-targets.js';

const PHONE = { width: 360, height: 740 };
const L = {
  ko: {
    path: '/locker', menu: '보관함 메뉴', police: '경찰에 낼 자료', pdf: 'PDF 보고서 저장', threat: '협박 대응', keep: '보관하기',
    web: '온라인 게시물', message: '협박 메시지', note: '메모', file: '파일', fileInput: '보관할 파일 고르기', title: '제목',
    url: '게시물 주소(URL)', sender: '보낸 사람 전화번호', text: '메시지 내용',
  },
  en: {
    path: '/en/locker', menu: 'Locker menu', police: 'For the police', pdf: 'Save the PDF report', threat: 'Threats', keep: 'Keep it',
    web: 'Online post', message: 'Threat message', note: 'Note', file: 'File', fileInput: 'Choose the file to keep', title: 'Title',
    url: 'Address of the post (URL)', sender: 'Sender’s phone number', text: 'What the message says',
  },
} as const;

for (const locale of ['ko', 'en'] as const) {
  const l = L[locale];
  test(`the open locker is a menu of short sections on a phone, the PDF two taps away (${locale})`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(PHONE);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-sections-'));
    try {
      const photos = [1, 2].map((n) => {
        const file = path.join(dir, `photo-${String(n)}.jpg`);
        execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `testsrc=size=640x480:rate=1`, '-frames:v', '1', file]);
        return file;
      });
      await createLockerAt(page, l.path, 'a long and memorable sentence for sections');
      const menu = page.getByRole('navigation', { name: l.menu });
      const form = page.locator('#section-add');
      const keep = async () => {
        const before = await page.locator('.evidence-card').count();
        await form.getByRole('button', { name: l.keep, exact: true }).click();
        await expect(page.locator('.evidence-card')).toHaveCount(before + 1, { timeout: 60_000 });
      };
      // Without threat records, the threat guidance is in the menu, one tap away, and not first.
      await expect(menu.getByRole('button', { name: l.threat })).toBeVisible();
      await expect(menu.getByRole('button').first()).not.toHaveText(l.threat);
      expect(await smallTargets(page, '#locker-root')).toEqual([]);

      for (const [n, photo] of photos.entries()) {
        await form.getByRole('radio', { name: l.file, exact: true }).check();
        await form.getByLabel(l.fileInput).setInputFiles(photo);
        await form.getByLabel(l.title, { exact: true }).fill(`photo ${String(n + 1)}`);
        await keep();
      }
      await form.getByRole('radio', { name: l.web, exact: true }).check();
      await form.getByLabel(l.url).fill('https://board.example/view?id=5');
      await keep();
      await form.getByRole('radio', { name: l.note, exact: true }).check();
      await form.getByLabel(l.title, { exact: true }).fill('a note');
      await keep();
      await expect(menu.getByRole('button').first()).not.toHaveText(l.threat);
      await form.getByRole('radio', { name: l.message, exact: true }).check();
      await form.getByLabel(l.sender).fill('010-1111-2222');
      await form.getByLabel(l.text).fill('I will post it');
      await keep();
      // A threat record is kept: the threat guidance comes first in the menu, marked.
      await expect(menu.getByRole('button').first()).toHaveText(l.threat);
      await expect(menu.getByRole('button').first()).toHaveClass(/menu-highlight/);

      // Every section, five items kept: at most about four phone screens, the menu always on screen, every control tappable.
      const names = await menu.getByRole('button').allInnerTexts();
      expect(names).toHaveLength(10);
      for (const [n, name] of names.entries()) {
        await menu.getByRole('button', { name, exact: true }).click();
        const section = page.locator('.locker-section:not([hidden])');
        await expect(section.locator('h2').first()).toBeFocused();
        const height = (await section.boundingBox())?.height ?? Infinity;
        expect(height / PHONE.height, `${name}: ${String(height)} px`).toBeLessThanOrEqual(4.2);
        expect(await smallTargets(page, '#locker-root'), name).toEqual([]);
        // Unfolded, what was folded is tappable too.
        await section.evaluate((el) => el.querySelectorAll('details').forEach((d) => { d.open = true; }));
        expect(await smallTargets(page, '#locker-root'), `${name}, unfolded`).toEqual([]);
        await page.mouse.wheel(0, 3000);
        await expect(menu).toBeInViewport();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: screenshotPath(`locker-section-${locale}-${String(n)}`) });
      }

      // From the open locker, the PDF is two taps away: the section, then the button.
      await menu.getByRole('button', { name: l.police, exact: true }).click();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: l.pdf }).click()]);
      const pdf = path.join(dir, 'report.pdf');
      await download.saveAs(pdf);
      expect(execFileSync('pdftotext', [pdf, '-']).toString()).toContain('https://board.example/view?id=5');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('the crimes checklist reads as a list on a phone: each law on a few lines, not a character per line', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await createLockerAt(page, '/locker', 'a long and memorable sentence for crimes');
  await page.getByRole('navigation', { name: '보관함 메뉴' }).getByRole('button', { name: '고소장' }).click();
  const labels = page.locator('label[for^="crime-"]');
  expect(await labels.count()).toBeGreaterThan(3);
  for (const label of await labels.all()) {
    const box = await label.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(240);
    expect(box?.height ?? Infinity).toBeLessThan(120);
  }
});
