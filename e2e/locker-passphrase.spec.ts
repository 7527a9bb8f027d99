/**
 * A passphrase an abuser cannot guess: 15 characters or more, no common phrase (the example Jikim
 * once showed included), a strength reading, show/hide, "make one for me" from 2,048 common
 * words, shown once; fields the browser is asked not to keep; failed attempts shown after unlock.
 */
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as korean } from '@scure/bip39/wordlists/korean.js';
import { expect, test } from '@playwright/test';
import { screenshotPath } from './support.js';

const L = {
  ko: {
    path: '/locker', create: '보관함 만들기', passphrase: '비밀문구', again: '비밀문구 한 번 더', make: '비밀문구를 대신 만들어 주세요',
    use: '적어 두었어요 — 이 문구 쓰기', show: '보이기', open: '열기', lock: '지금 잠그기', strong: '강도: 강함', short: '15자 이상',
    common: '흔하거나 널리 알려진', failed: '틀린 비밀문구가 2번', words: korean,
  },
  en: {
    path: '/en/locker', create: 'Create the locker', passphrase: 'Passphrase', again: 'Passphrase again', make: 'Make a passphrase for me',
    use: 'I have written it down: use it', show: 'Show', open: 'Open', lock: 'Lock now', strong: 'Strength: strong', short: 'at least 15 characters',
    common: 'common or well-known', failed: 'entered 2 times', words: english,
  },
} as const;

for (const locale of ['ko', 'en'] as const) {
  const l = L[locale];
  test(`a passphrase nobody could guess, made or checked on the create screen; failed attempts told after unlock (${locale})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(l.path);
    const field = page.getByLabel(l.passphrase, { exact: true });
    const again = page.getByLabel(l.again, { exact: true });
    await expect(field).toBeVisible();
    // Nothing invites the browser to keep it, and the old example is gone.
    await expect(field).toHaveAttribute('type', 'password');
    await expect(field).toHaveAttribute('autocomplete', 'off');
    await expect(page.locator('form').first()).toHaveAttribute('autocomplete', 'off');
    await expect(page.locator('#locker-root')).not.toContainText('콩이');
    await expect(page.locator('#locker-root')).not.toContainText('Kongi');

    await field.fill('짧은 문구');
    await again.fill('짧은 문구');
    await page.getByRole('button', { name: l.create }).click();
    await expect(page.getByRole('alert')).toContainText(l.short);
    for (const phrase of ['우리 집 강아지 이름은 콩이', 'Correct horse battery staple!!']) {
      await field.fill(phrase);
      await again.fill(phrase);
      await page.getByRole('button', { name: l.create }).click();
      await expect(page.getByRole('alert')).toContainText(l.common);
    }
    await page.getByRole('button', { name: l.show }).first().click();
    await expect(field).toHaveAttribute('type', 'text');
    await page.getByRole('button', { name: l.show === '보이기' ? '숨기기' : 'Hide' }).first().click();
    await expect(field).toHaveAttribute('type', 'password');

    // Made for the person: five words from the list of 2,048, shown once, then filled in.
    await page.getByRole('button', { name: l.make }).click();
    const shown = page.locator('.generated-phrase');
    const phrase = (await shown.innerText()).trim();
    const words = phrase.split(' ');
    expect(words).toHaveLength(5);
    const list = new Set(l.words.map((w) => w.normalize('NFC')));
    for (const word of words) expect(list.has(word), word).toBe(true);
    await page.screenshot({ path: screenshotPath(`locker-passphrase-made-${locale}`) });
    await page.getByRole('button', { name: l.use }).click();
    await expect(shown).toHaveCount(0);
    await expect(field).toHaveValue(phrase);
    await expect(again).toHaveValue(phrase);
    await expect(page.locator('#passphrase-strength')).toContainText(l.strong);
    await page.getByRole('button', { name: l.create }).click();
    await expect(page.locator('.locker-menu')).toBeVisible({ timeout: 30_000 });

    // Two wrong tries while it was locked, then the right one: the person is told, once, with the times.
    await page.getByRole('button', { name: l.lock }).click();
    for (const wrong of ['not the passphrase at all', '이것도 아니에요 전혀 아니에요']) {
      await page.getByLabel(l.passphrase, { exact: true }).fill(wrong);
      await page.getByRole('button', { name: l.open, exact: true }).click();
      await expect(page.locator('#unlock-error')).not.toBeEmpty({ timeout: 30_000 });
    }
    await page.getByLabel(l.passphrase, { exact: true }).fill(phrase);
    await page.getByRole('button', { name: l.open, exact: true }).click();
    await expect(page.locator('.locker-notice', { hasText: l.failed })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.locker-notice', { hasText: l.failed })).toContainText(/\d{1,2}:\d{2}/);
    await page.getByRole('button', { name: l.lock }).click();
    await page.getByLabel(l.passphrase, { exact: true }).fill(phrase);
    await page.getByRole('button', { name: l.open, exact: true }).click();
    await expect(page.locator('.locker-menu')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.locker-notice', { hasText: l.failed })).toHaveCount(0);
  });
}

test('the passphrase can be changed at once in settings; the old one stops working, the evidence stays (ko)', async ({ page }) => {
  test.setTimeout(120_000);
  const first = '바다 건너 빨간 우체통 옆 자전거';
  const next = '언덕 위 파란 지붕 고양이 세 마리';
  await page.goto('/locker');
  await page.getByLabel('비밀문구', { exact: true }).fill(first);
  await page.getByLabel('비밀문구 한 번 더', { exact: true }).fill(first);
  await page.getByRole('button', { name: '보관함 만들기' }).click();
  const add = page.locator('#section-add');
  await add.getByRole('radio', { name: '메모' }).check();
  await add.getByLabel('제목', { exact: true }).fill('바꾸기 전에 보관한 기록');
  await add.getByRole('button', { name: '보관하기', exact: true }).click();
  await expect(page.locator('.evidence-card')).toHaveCount(1, { timeout: 30_000 });

  await page.locator('.locker-menu').getByRole('button', { name: '설정', exact: true }).click();
  const change = page.locator('section[aria-labelledby="change-title"]');
  await change.getByLabel('지금 비밀문구', { exact: true }).fill('틀린 비밀문구를 넣어 봅니다');
  await change.getByLabel('새 비밀문구', { exact: true }).fill(next);
  await change.getByLabel('새 비밀문구 한 번 더', { exact: true }).fill(next);
  await change.getByRole('button', { name: '비밀문구 바꾸기' }).click();
  await expect(change.getByRole('alert')).toContainText('지금 비밀문구가 맞지 않아요', { timeout: 30_000 });
  await change.getByLabel('지금 비밀문구', { exact: true }).fill(first);
  await change.getByLabel('새 비밀문구', { exact: true }).fill(next);
  await change.getByLabel('새 비밀문구 한 번 더', { exact: true }).fill(next);
  await change.getByRole('button', { name: '비밀문구 바꾸기' }).click();
  await expect(change.getByRole('status')).toHaveText('비밀문구를 바꿨어요. 이제 새 비밀문구로만 열려요.', { timeout: 30_000 });

  await page.getByRole('button', { name: '지금 잠그기' }).click();
  await page.getByLabel('비밀문구', { exact: true }).fill(first);
  await page.getByRole('button', { name: '열기', exact: true }).click();
  await expect(page.locator('#unlock-error')).toContainText('열리지 않아요', { timeout: 30_000 });
  await page.getByLabel('비밀문구', { exact: true }).fill(next);
  await page.getByRole('button', { name: '열기', exact: true }).click();
  await expect(page.locator('.evidence-card h3')).toHaveText('바꾸기 전에 보관한 기록', { timeout: 30_000 });
});
