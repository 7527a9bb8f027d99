import { expect, test } from '@playwright/test';
import { createLockerAt, openSection } from './locker-fixtures.js';

const localInput = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

test('the takedown tracker records each request through its states and says what to follow up', async ({ page }) => {
  test.setTimeout(120_000);
  await createLockerAt(page, '/en/locker', 'a long and memorable sentence');
  await openSection(page, 'Requests');
  const tracker = page.locator('section[aria-labelledby="tracker-title"]');
  await expect(tracker.getByText('Nothing to follow up right now.')).toBeVisible();

  // Asked nine days ago, no answer since: it is on the 7-day list.
  await tracker.locator('#takedown-url').fill('https://board.example/view?id=1');
  await tracker.getByLabel('Where you asked').selectOption('naver');
  await tracker.locator('#takedown-method').selectOption('form');
  await tracker.locator('#takedown-at').fill(localInput(new Date(Date.now() - 9 * 24 * 3600 * 1000)));
  await tracker.locator('#takedown-reference').fill('NV-2026-001');
  await tracker.getByRole('button', { name: 'Record it' }).click();
  const card = tracker.locator('.evidence-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Naver');
  await expect(card.locator('.takedown-status')).toHaveText('Requested');
  await expect(tracker.locator('.reminders')).toContainText('No answer 7 days after asking');
  await expect(tracker.locator('.reminders')).toContainText('https://board.example/view?id=1 (day 9)');

  // Acknowledged → removed → reappeared; each step is appended, the reminders follow.
  await card.locator('select[name="status"]').selectOption('acknowledged');
  await card.locator('input[name="reference"]').fill('CASE-77');
  await card.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(card.locator('.takedown-status')).toHaveText('Acknowledged');
  await expect(tracker.getByText('Nothing to follow up right now.')).toBeVisible();
  await card.locator('select[name="status"]').selectOption('removed');
  await card.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(card.locator('.takedown-status')).toHaveText('Removed');
  await card.locator('select[name="status"]').selectOption('reappeared');
  await card.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(card.locator('.takedown-status')).toHaveText('Reappeared');
  await expect(tracker.locator('.reminders')).toContainText('Check it has not come back');
  await card.locator('details summary').click();
  await expect(card.locator('details li')).toHaveCount(4);
  await expect(card.locator('details li').nth(0)).toContainText('Requested · NV-2026-001');
  await expect(card.locator('details li').nth(1)).toContainText('Acknowledged · CASE-77');

  // It is kept in the locker: after locking and opening again, the record is the same.
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.locator('#passphrase').fill('a long and memorable sentence');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(tracker.locator('.takedown-status')).toHaveText('Reappeared', { timeout: 30_000 });
});
