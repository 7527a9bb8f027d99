import { AxeBuilder } from '@axe-core/playwright';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { screenshotPath } from './support.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const locale of ['ko', 'en'] as const) {
  test(`the locker in ${locale} has no axe violations and fits a small phone, from creation to an open timeline`, async ({ page }) => {
    test.setTimeout(120_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-a11y-'));
    const note = path.join(dir, 'note.txt');
    fs.writeFileSync(note, '메모 note');
    try {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(locale === 'ko' ? '/locker' : '/en/locker');
      await expect(page.locator('#new-passphrase')).toBeVisible();
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`locker-create-${locale}-phone`), fullPage: true });

      await page.locator('#new-passphrase').fill('a long and memorable sentence');
      await page.locator('#confirm-passphrase').fill('a long and memorable sentence');
      await page.locator('#confirm-passphrase').press('Enter');
      // An empty locker opens on "add evidence", its heading focused and in view below the exit bar and the menu.
      await expect(page.locator('#add-evidence-title')).toBeFocused({ timeout: 30_000 });
      const headingTop = (await page.locator('#add-evidence-title').boundingBox())?.y ?? 0;
      const menuBottom = await page.locator('.locker-menu').evaluate((menu) => menu.getBoundingClientRect().bottom);
      expect(headingTop).toBeGreaterThanOrEqual(menuBottom);
      await page.locator('#evidence-file').setInputFiles(note);
      await page.locator('#add-title').fill('첫 기록 · first record');
      await page.locator('#add-description').fill('שלום 😊 مرحبا — 오른쪽에서 왼쪽으로 쓰는 글도 괜찮아요');
      await page.locator('.evidence-form button[type=submit]').click();
      await expect(page.locator('.evidence-card')).toHaveCount(1, { timeout: 30_000 });
      await page.locator('.locker-menu button[aria-controls="section-evidence"]').click();
      // A correction is appended; the first record stays as it was.
      const card = page.locator('.evidence-card');
      await card.getByRole('button', { name: locale === 'ko' ? '내용 고치기' : 'Correct the details' }).click();
      await card.locator('input[name="title"]').fill('고친 제목 · corrected title');
      await card.locator('form button[type=submit]').click();
      await expect(card.getByRole('heading', { name: '고친 제목 · corrected title' })).toBeVisible();
      await card.locator('details.history summary').click();
      await expect(card.locator('details.history li')).toHaveCount(2);
      await expect(card.locator('details.history li').nth(0)).toContainText(locale === 'ko' ? '추가함: 파일, 제목, 설명' : 'Added: file, title, description');
      await expect(card.locator('details.history li').nth(1)).toContainText(locale === 'ko' ? '정정함: 제목' : 'Corrected: title');
      expect(await axe(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath(`locker-open-${locale}-phone`), fullPage: true });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
