import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createLockerAt, openSection } from './locker-fixtures.js';
import { screenshotPath } from './support.js';

test('a complaint draft from the locker: consult first, then editable text and PDFs in Korean and English', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-complaint-'));
  try {
    await createLockerAt(page, '/locker', '바다 건너 빨간 우체통 옆 자전거');
    await page.locator('#kind-message').check();
    await page.locator('#add-title').fill('협박 문자');
    await page.locator('#add-message-senderNumber').fill('010-9876-5432');
    await page.locator('#add-message-text').fill('돈을 보내지 않으면 영상을 퍼뜨리겠다');
    await page.locator('#add-message-sentAt').fill('2026-11-21T09:15');
    await page.getByRole('button', { name: '보관하기' }).click();
    await expect(page.locator('.evidence-card')).toHaveCount(1, { timeout: 30_000 });

    // With a threat record kept, the threat view comes first in the menu and is offered from the evidence list.
    await expect(page.locator('.locker-menu button').first()).toHaveText('협박 대응');
    await openSection(page, '증거 목록');
    await page.locator('.threat-callout').getByRole('button', { name: '협박 대응' }).click();
    // The threat view gathers the threat records with the guide's steps, sourced advice and the station rule.
    const threat = page.locator('section[aria-labelledby="threat-title"]');
    await expect(threat.locator('.threat-records li')).toHaveCount(1);
    await expect(threat.locator('.threat-records')).toContainText('010-9876-5432');
    await expect(threat.locator('.plan-steps > li')).toHaveCount(3);
    await expect(threat.locator('.advice')).toHaveCount(4);
    for (const advice of await threat.locator('.advice').all()) {
      await advice.locator('summary').first().click();
      await advice.locator('.sources summary').click();
      await expect(advice.locator('a[href^="https://"]').first()).toBeVisible();
    }
    await threat.getByLabel('알아요', { exact: true }).check();
    const offenderArea = await threat.locator('.station-where').innerText();
    await threat.getByLabel('몰라요', { exact: true }).check();
    await expect(threat.locator('.station-where')).not.toHaveText(offenderArea);

    await openSection(page, '고소장');
    const panel = page.locator('section[aria-labelledby="complaint-title"]');
    await expect(panel.locator('#consult-first')).toContainText('상담');
    const itemId = await page.locator('.evidence-card').first().getAttribute('data-item-id');
    await expect(panel.locator(`#fact-${String(itemId)}`)).toHaveValue(/010-9876-5432/);
    await panel.locator('#complainant-name').fill('김지킴');
    await panel.locator('#crime-threat').check();
    await panel.getByRole('button', { name: '초안 만들기' }).click();
    const text = await panel.locator('#complaint-text').inputValue();
    expect(text).toContain('고 소 장');
    expect(text).toContain('성명 불상');
    expect(text).toContain('010-9876-5432');
    expect(text).toContain('제14조의3');
    expect(text).toMatch(/증거자료[\s\S]*협박 문자/);

    for (const [button, language] of [['PDF로 저장 (한국어)', 'ko'], ['PDF로 저장 (영어 참고본)', 'en']] as const) {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), panel.getByRole('button', { name: button }).click()]);
      const pdf = path.join(dir, `complaint-${language}.pdf`);
      await download.saveAs(pdf);
      expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/A4/);
      const words = execFileSync('pdftotext', [pdf, '-']).toString();
      expect(words).toContain(language === 'ko' ? '고소장' : 'English rendering');
      expect(words).toContain('010-9876-5432');
      execFileSync('pdftoppm', ['-png', '-r', '50', pdf, screenshotPath(`locker-complaint-${language}`).replace(/\.png$/, '')]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
