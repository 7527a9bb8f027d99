import { expect, test, type Page } from '@playwright/test';
import { BASE_URL, NEUTRAL_URL } from './playwright.config.js';
import { serveNeutralSite } from './support.js';

const START = 'about:blank';

test.beforeEach(async ({ page }) => {
  await serveNeutralSite(page);
  await page.goto(START);
});

async function answerOneQuestion(page: Page) {
  await page.goto('/what-happened');
  await page.locator('#what-threatened').check();
  await page.getByRole('button', { name: '다음' }).click();
  expect(await page.evaluate(() => sessionStorage.length)).toBeGreaterThan(0);
}

test('the button replaces the page and its history entry, and clears what the tab kept', async ({ page }) => {
  await answerOneQuestion(page);
  await page.getByRole('link', { name: '빠른 나가기' }).click();
  await expect(page).toHaveURL(NEUTRAL_URL);
  await page.goBack();
  // Back goes to where the person was before Jikim, not to Jikim.
  await expect(page).toHaveURL(START);
});

test('the button is reachable by keyboard as the first control', async ({ page }) => {
  await page.goto('/en/guide/threat');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Exit this page' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(NEUTRAL_URL);
});

test('Shift pressed three times leaves at once', async ({ page }) => {
  await answerOneQuestion(page);
  await page.goto('/guide/dissemination');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL_URL);
  await page.goBack();
  await expect(page).toHaveURL(/\/what-happened$/);
  // The answers kept in the tab were cleared on the way out.
  await expect(page.locator('#what-threatened')).not.toBeChecked();
  await expect(page.locator('fieldset[data-question="what"]')).toBeVisible();
});

test('Shift used for typing does not trigger it', async ({ page }) => {
  await page.goto('/en');
  await page.keyboard.press('Shift');
  await page.keyboard.press('A');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(/\/en$/);
});

/**
 * One history entry (decision 0013): with JavaScript, moving between Jikim pages replaces the entry,
 * so quick exit leaves nothing of Jikim behind Back.
 */
const OTHER_SITE = 'https://other.example/news';

async function serveOtherSite(page: Page) {
  await page.context().route(`${OTHER_SITE}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>News</title><h1>News</h1><a id="to-jikim" href="${BASE_URL}/">Jikim</a>` }),
  );
}

const historyLength = (page: Page) => page.evaluate(() => history.length);

test('other site → home → guide → plan → locker → quick exit: Back lands on the other site', async ({ page }) => {
  await serveOtherSite(page);
  await page.goto(OTHER_SITE);
  await page.locator('#to-jikim').click();
  await expect(page).toHaveURL(`${BASE_URL}/`);
  const entries = await historyLength(page);

  // Home → a guide, by its entry on the home page.
  await page.getByRole('link', { name: /내 사진·영상이 인터넷에 퍼졌어요/ }).click();
  await expect(page).toHaveURL(/\/guide\/dissemination$/);
  await expect(page.locator('.previous a')).toHaveText('← 이전 페이지: 처음으로');
  expect(await historyLength(page)).toBe(entries);

  // Guide → the questions → the plan.
  await page.getByRole('navigation', { name: '주요 메뉴' }).getByRole('link', { name: '무슨 일이 있었나요?' }).click();
  await expect(page).toHaveURL(/\/what-happened$/);
  await page.locator('#what-images-online').check();
  await page.getByRole('button', { name: '다음' }).click();
  await page.locator('#danger-no').check();
  await page.getByRole('button', { name: '다음' }).click();
  await page.locator('#address-no').check();
  await page.getByRole('button', { name: '내 대응 계획 보기' }).click();
  await expect(page.locator('#plan')).toBeVisible();
  expect(await historyLength(page)).toBe(entries);

  // Plan → the locker, from the plan's "secure the evidence" step.
  await page.locator('#plan').getByRole('link', { name: /증거 보관함에 게시물 주소·캡처·원본 보관하기/ }).click();
  await expect(page).toHaveURL(/\/locker$/);
  await expect(page.locator('.previous a')).toHaveText('← 이전 페이지: 무슨 일이 있었나요?');
  expect(await historyLength(page)).toBe(entries);

  await page.getByRole('link', { name: '빠른 나가기' }).click();
  await expect(page).toHaveURL(NEUTRAL_URL);
  await page.goBack();
  await expect(page).toHaveURL(OTHER_SITE);
  await expect(page.locator('h1')).toHaveText('News');
});

test('the previous-page links walk back through the pages this tab opened, in the same entry', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('.previous')).toBeHidden();
  const entries = await historyLength(page);
  await page.getByRole('link', { name: /Someone threatens to share them/ }).click();
  await expect(page).toHaveURL(/\/en\/guide\/threat$/);
  await page.locator('.lang-switch').click();
  await expect(page).toHaveURL(/\/guide\/threat$/);
  // The page before was English: named in English, marked as such.
  await expect(page.locator('.previous a')).toHaveText('← 이전 페이지: If someone threatens to share images of you');
  await expect(page.locator('.previous a span[lang="en"]')).toHaveCount(1);
  await page.locator('.previous a').click();
  await expect(page).toHaveURL(/\/en\/guide\/threat$/);
  await expect(page.locator('.previous a')).toHaveText('← Previous page: Home');
  await page.locator('.previous a').click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator('.previous')).toBeHidden();
  expect(await historyLength(page)).toBe(entries);

  // The plan's own way back to its questions.
  await page.goto('/en/what-happened');
  await page.locator('#what-saw-material').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#danger-no').check();
  await page.getByRole('button', { name: 'Show my plan' }).click();
  await page.getByRole('button', { name: 'Back to the last question' }).click();
  await expect(page.locator('fieldset[data-question="danger"] legend h2')).toBeFocused();
  await expect(page.locator('#danger-no')).toBeChecked();
});

test('left alone: new-tab clicks, target=_blank, other sites, downloads; in-page anchors and GET forms replace', async ({ page, context }) => {
  await context.route((url) => url.hostname.endsWith('.or.kr') || url.hostname.endsWith('.kr'), (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Organisation</title><h1>Organisation</h1>' }),
  );
  await page.goto('/guide/dissemination');
  const entries = await historyLength(page);

  // A modified click opens the other guide in a new tab; this tab stays where it was.
  const other = page.locator('a[href="/guide/threat"]').first();
  const [tab] = await Promise.all([context.waitForEvent('page'), other.click({ modifiers: ['ControlOrMeta'] })]);
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe('/guide/threat');
  await tab.close();
  await expect(page).toHaveURL(/\/guide\/dissemination$/);

  // target=_blank opens a new tab too.
  await page.locator('main').evaluate((main) => main.insertAdjacentHTML('beforeend', '<a id="blank" href="/about" target="_blank">about</a>'));
  const [blank] = await Promise.all([context.waitForEvent('page'), page.locator('#blank').click()]);
  await blank.waitForLoadState();
  expect(new URL(blank.url()).pathname).toBe('/about');
  await blank.close();

  // A download is still a download, and the page stays.
  await page.locator('main').evaluate((main) => main.insertAdjacentHTML('beforeend', '<a id="dl" href="/about" download="about.html">save</a>'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#dl').click()]);
  expect(download.suggestedFilename()).toBe('about.html');
  await expect(page).toHaveURL(/\/guide\/dissemination$/);

  // An in-page anchor scrolls to its target without adding an entry.
  await page.locator('.skip-link').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guide\/dissemination#main$/);
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('main');
  expect(await historyLength(page)).toBe(entries);

  // A link to another page's anchor lands on it, in the same entry.
  await page.getByRole('link', { name: /이 범죄에 대해 더 알아보기/ }).click();
  await expect(page).toHaveURL(/\/crime-types#dissemination$/);
  await expect(page.locator('#dissemination')).toBeInViewport();
  expect(await historyLength(page)).toBe(entries);

  // A GET form on our own origin goes where the browser would send it, in the same entry.
  await page.locator('main').evaluate((main) =>
    main.insertAdjacentHTML('beforeend', '<form method="get" action="/en/about"><input name="q" value="a b"><button id="go">go</button></form>'));
  await page.locator('#go').click();
  await expect(page).toHaveURL(/\/en\/about\?q=a\+b$/);
  expect(await historyLength(page)).toBe(entries);

  // Another site is an ordinary navigation: Back comes back to Jikim from there.
  await page.goto('/en/organisations');
  const before = await historyLength(page);
  await page.locator('a.org-website').first().click();
  await expect(page.locator('h1')).toHaveText('Organisation');
  expect(await historyLength(page)).toBe(before + 1);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/organisations$/);
});
