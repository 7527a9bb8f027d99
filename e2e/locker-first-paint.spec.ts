/**
 * The locker's form comes with the page (issue 9): the quick-exit script shows the create or unlock
 * screen from the page's templates before the locker's app (ReactDOM, held back here) has arrived;
 * the app then adopts that same DOM — the same elements, what was typed, the focus, the picture on
 * screen — and carries out what the person did before it came (a tap, Enter). Without JavaScript
 * no form shows, only why the locker needs it.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { createLockerAt } from './locker-fixtures.js';
import { screenshotPath } from './support.js';

const PASSPHRASE = 'a first paint that keeps what was typed';

/** Holds back the locker app's chunk (ReactDOM and the screens) until `release` is called. */
async function holdTheApp(page: Page) {
  const held: Route[] = [];
  let released = false;
  await page.route(/\/assets\/mount-[A-Z0-9]+\.js$/u, (route) => (released ? route.continue() : void held.push(route)));
  return {
    held: () => held.length,
    /** Lets the app in, and resolves once it has adopted the screen. */
    release: async () => {
      // The listener is in place before the app is let in (an evaluate not awaited could lose the race
      // to a fast app on a loaded machine, and then wait for an event already gone).
      await page.evaluate(() => {
        document.addEventListener('jikim:locker-adopted', () => {
          (window as unknown as { adoptedSeen: boolean }).adoptedSeen = true;
        }, { once: true });
      });
      released = true;
      await Promise.all(held.splice(0).map((route) => route.continue()));
      await page.waitForFunction(() => (window as unknown as { adoptedSeen?: boolean }).adoptedSeen === true);
    },
  };
}

/** Every warning or error the page logs (a screen React could not adopt is one). */
function problems(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') seen.push(message.text());
  });
  page.on('pageerror', (error) => seen.push(error.message));
  return seen;
}

const mark = (page: Page, selector: string) => page.locator(selector).evaluate((field) => {
  (field as unknown as { firstPaint: boolean }).firstPaint = true;
});
const marked = (page: Page, selector: string) => page.locator(selector).evaluate((field) => (field as unknown as { firstPaint?: boolean }).firstPaint === true);

test.use({ viewport: { width: 360, height: 740 } });

for (const { locale, path, show, hide, strengthEmpty } of [
  { locale: 'ko', path: '/locker', show: '보이기', hide: '숨기기', strengthEmpty: '아직 입력하지 않았어요' },
  { locale: 'en', path: '/en/locker', show: 'Show', hide: 'Hide', strengthEmpty: 'nothing typed yet' },
] as const) {
  test(`first visit (${locale}): the create form shows before the app, which adopts it without a change on screen`, async ({ page }) => {
    const logged = problems(page);
    const app = await holdTheApp(page);
    await page.goto(path, { waitUntil: 'commit' });
    await expect(page.locator('#new-passphrase')).toBeVisible();
    await expect(page.locator('#create-title')).toBeFocused();
    await expect.poll(app.held, { message: 'the app has not arrived' }).toBe(1);
    await expect(page.locator('noscript')).toBeHidden();
    const before = await page.screenshot({ animations: 'disabled', fullPage: true });
    await page.screenshot({ path: screenshotPath(`${locale}-locker-create-first-paint-phone`) });

    await app.release();
    const after = await page.screenshot({ animations: 'disabled', fullPage: true });
    expect(after.equals(before), 'nothing on screen changes when the app adopts the form').toBe(true);
    // Asking whether a locker exists made no database: a first visit leaves nothing in IndexedDB.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    expect(logged).toEqual([]);
  });

  test(`first visit (${locale}): what is typed and tapped before the app arrives is there once it has`, async ({ page }) => {
    const logged = problems(page);
    const app = await holdTheApp(page);
    await page.goto(path, { waitUntil: 'commit' });
    await page.locator('#new-passphrase').pressSequentially(PASSPHRASE);
    await page.locator('#new-passphrase + button').click(); // "show", before anything answers it
    await page.locator('#confirm-passphrase').pressSequentially(PASSPHRASE.slice(0, 10));
    await mark(page, '#new-passphrase');
    await expect(page.locator('#passphrase-strength')).toContainText(strengthEmpty);
    await expect.poll(app.held).toBe(1);

    // Typing began before the app came: it fetches the open locker at once, as it does on a first key.
    const openLockerFetched = page.waitForRequest(/\/assets\/open-locker-[A-Z0-9]+\.js$/u);
    await app.release();
    await openLockerFetched;
    expect(await marked(page, '#new-passphrase'), 'the same field, not a new one').toBe(true);
    await expect(page.locator('#new-passphrase')).toHaveValue(PASSPHRASE);
    await expect(page.locator('#confirm-passphrase')).toHaveValue(PASSPHRASE.slice(0, 10));
    await expect(page.locator('#confirm-passphrase')).toBeFocused();
    // The tap on "show" reached the app, and the strength reading reads what was typed.
    await expect(page.locator('#new-passphrase')).toHaveAttribute('type', 'text');
    await expect(page.locator('#new-passphrase + button')).toHaveText(hide);
    await expect(page.locator('#confirm-passphrase + button')).toHaveText(show);
    await expect(page.locator('#passphrase-strength')).not.toContainText(strengthEmpty);

    // Typing on after the app came works as ever: the locker is made.
    await page.locator('#confirm-passphrase').pressSequentially(PASSPHRASE.slice(10));
    await page.locator('#confirm-passphrase').press('Enter');
    await expect(page.locator('.locker-menu')).toBeVisible({ timeout: 30_000 });
    expect(logged).toEqual([]);
  });

  test(`return (${locale}): the unlock form shows before the app, focused; Enter pressed then opens the locker once it has come`, async ({ page }) => {
    test.setTimeout(90_000);
    await createLockerAt(page, path, PASSPHRASE);
    const logged = problems(page);
    const app = await holdTheApp(page);
    await page.goto(path, { waitUntil: 'commit' });
    await expect(page.locator('#passphrase')).toBeVisible();
    await expect(page.locator('#passphrase')).toBeFocused();
    await expect.poll(app.held).toBe(1);
    await page.screenshot({ path: screenshotPath(`${locale}-locker-unlock-first-paint-phone`) });
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    // Held, not sent: a passphrase never goes into the address.
    expect(new URL(page.url()).search).toBe('');
    await expect(page.locator('#passphrase')).toHaveValue(PASSPHRASE);

    await app.release();
    await expect(page.locator('.locker-menu')).toBeVisible({ timeout: 30_000 });
    expect(new URL(page.url()).search).toBe('');
    expect(logged).toEqual([]);
  });
}

test('return: a tap on "wipe" before the app arrives asks for the confirmation once it has', async ({ page }) => {
  test.setTimeout(90_000);
  await createLockerAt(page, '/en/locker', PASSPHRASE);
  const app = await holdTheApp(page);
  await page.goto('/en/locker', { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Wipe the whole locker' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await app.release();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Do not wipe', exact: true })).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the locker page shows no form, only why it needs JavaScript', async ({ page }) => {
    for (const [path, note] of [['/locker', '자바스크립트가 필요해요'], ['/en/locker', 'needs JavaScript']] as const) {
      await page.goto(path);
      await expect(page.locator('.warning-note', { hasText: note })).toBeVisible();
      await expect(page.locator('input, form, button')).toHaveCount(0);
    }
    await page.screenshot({ path: screenshotPath('en-locker-nojs-phone'), fullPage: true });
  });
});
