/**
 * The locker's first load in Chromium: every response the browser receives before the
 * create/unlock form's passphrase field is on screen (encoded sizes as they crossed the wire,
 * headers included, and body sizes), and how long after navigation the field was painted.
 * Used by page-load.bench.ts, and on its own (`npx tsx locker-load.ts [base URL]`) to list what
 * the page fetches.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession } from 'playwright-core';

/** Chrome DevTools' "Slow 4G" preset: 150 ms RTT × 3.75, 1.6 Mbps × 0.9 down, 750 kbps × 0.9 up. */
export const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.6e6 * 0.9) / 8, uploadThroughput: (750e3 * 0.9) / 8 };
export const CPU_SLOWDOWN = 4;
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
/** The create form's field (no locker on this device yet) or the unlock form's. */
export const PASSPHRASE_FIELD = '#new-passphrase, #passphrase';
/** Fired on the locker's root once the app holds the screen the page showed (packages/web/src/client/locker-handover.ts). */
const ADOPTED_EVENT = 'jikim:locker-adopted';
const PASSPHRASE = 'bench passphrase, not a secret';

export interface LoadedResource {
  readonly url: string;
  /** Bytes on the wire: headers and the (compressed) body. */
  readonly encoded: number;
  /** The body alone, as served (compressed). */
  readonly body: number;
  readonly encoding: string;
  /** When the request was sent, ms after navigation started. */
  readonly startedMs: number;
}

export interface LockerLoad {
  /** ms after navigation start when the passphrase field was in the page and visible (not hidden, not in a template). */
  readonly fieldPresentMs: number;
  /** ms after navigation start when it was painted (the task after the next frame). */
  readonly fieldShownMs: number;
  /**
   * ms after navigation start when the locker's app held the field (React hydrated the screen the
   * page showed); NaN when the app drew the screen itself (then that is when it was shown).
   */
  readonly adoptedMs: number;
  /** Responses to requests sent before the field was shown. */
  readonly firstLoad: readonly LoadedResource[];
  /** Requests sent after it and before the person typed (none expected). */
  readonly idle: readonly LoadedResource[];
  /** Requests sent once a first character was typed into the field (the open locker's code). */
  readonly onTyping: readonly LoadedResource[];
}

export interface LoadOptions {
  readonly throttle: boolean;
  /** Create a locker first (unthrottled), so the measured load shows the unlock form. */
  readonly returning: boolean;
}

/**
 * Records, in the page, when the passphrase field is first painted (an approximation: the task
 * after the next frame) — once it is in the document and visible, so a field the page holds hidden
 * (or in a template) does not count — and when the app adopted it.
 */
const FIELD_WATCH = `(() => {
  const selector = ${JSON.stringify(PASSPHRASE_FIELD)};
  const visible = (field) => field.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  const found = () => {
    observer.disconnect();
    window.__jikimFieldPresent = performance.now();
    requestAnimationFrame(() => setTimeout(() => { window.__jikimFieldShown = performance.now(); }, 0));
  };
  const observer = new MutationObserver(() => {
    const field = document.querySelector(selector);
    if (field && visible(field)) found();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener(${JSON.stringify(ADOPTED_EVENT)}, () => { window.__jikimAdopted = performance.now(); }, { capture: true, once: true });
})();`;

async function throttle(cdp: CDPSession, on: boolean): Promise<void> {
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', on ? SLOW_4G : { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: on ? CPU_SLOWDOWN : 1 });
}

async function createLocker(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('#new-passphrase').fill(PASSPHRASE);
  await page.locator('#confirm-passphrase').fill(PASSPHRASE);
  await page.locator('#confirm-passphrase').press('Enter');
  await page.locator('.locker-open').waitFor({ state: 'attached', timeout: 60_000 });
  await page.close();
}

export async function measureLockerLoad(browser: Browser, url: string, options: LoadOptions): Promise<LockerLoad> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    if (options.returning) {
      await createLocker(context, url);
      await new Promise((resolve) => setTimeout(resolve, 2000)); // let the key derivation's memory be collected
    }
    const page = await context.newPage();
    await page.addInitScript(FIELD_WATCH);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await throttle(cdp, options.throttle);
    const sent = new Map<string, { url: string; at: number }>();
    const headers = new Map<string, { encoding: string; length: number }>();
    const done: { id: string; encoded: number }[] = [];
    const inFlight = new Set<string>();
    let lastActivity = Date.now();
    cdp.on('Network.requestWillBeSent', (e) => {
      sent.set(e.requestId, { url: e.request.url, at: e.timestamp });
      inFlight.add(e.requestId);
      lastActivity = Date.now();
    });
    cdp.on('Network.loadingFailed', (e) => {
      inFlight.delete(e.requestId);
      lastActivity = Date.now();
    });
    /** Until nothing has been in flight for `ms` (a chunk's own imports start only once it has arrived). */
    const quiet = async (ms: number) => {
      while (inFlight.size > 0 || Date.now() - lastActivity < ms) await new Promise((resolve) => setTimeout(resolve, 100));
    };
    cdp.on('Network.responseReceived', (e) => {
      const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
      headers.set(e.requestId, { encoding: h['content-encoding'] ?? 'identity', length: Number(h['content-length'] ?? Number.NaN) });
    });
    cdp.on('Network.loadingFinished', (e) => {
      done.push({ id: e.requestId, encoded: e.encodedDataLength });
      inFlight.delete(e.requestId);
      lastActivity = Date.now();
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof (window as { __jikimFieldShown?: number }).__jikimFieldShown === 'number', undefined, { timeout: 60_000 });
    await quiet(1500);
    const { present: fieldPresentMs, shown: fieldShownMs, adopted: adoptedMs } = await page.evaluate(() => {
      const w = window as unknown as { __jikimFieldPresent: number; __jikimFieldShown: number; __jikimAdopted?: number };
      return { present: w.__jikimFieldPresent, shown: w.__jikimFieldShown, adopted: w.__jikimAdopted ?? Number.NaN };
    });
    const navigationStart = Math.min(...[...sent.values()].map((s) => s.at));
    const resources = (finished: typeof done) => finished.flatMap(({ id, encoded }): LoadedResource[] => {
      const request = sent.get(id);
      if (!request) return [];
      const h = headers.get(id) ?? { encoding: 'identity', length: Number.NaN };
      return [{ url: request.url, encoded, body: h.length, encoding: h.encoding, startedMs: (request.at - navigationStart) * 1000 }];
    });
    // Typed once the app holds the field (the page's own copy of the form only keeps what is typed).
    await page.waitForFunction(() => (window as { __jikimAdopted?: number }).__jikimAdopted !== undefined || !document.querySelector('template#locker-create'), undefined, { timeout: 60_000 });
    const typedAt = done.length;
    const beforeTyping = resources(done.slice(0, typedAt));
    await page.locator(PASSPHRASE_FIELD).first().pressSequentially('a');
    await quiet(1500);
    await page.close();
    return {
      fieldPresentMs,
      fieldShownMs,
      adoptedMs,
      firstLoad: beforeTyping.filter((r) => r.startedMs <= fieldShownMs),
      idle: beforeTyping.filter((r) => r.startedMs > fieldShownMs),
      onTyping: resources(done.slice(typedAt)),
    };
  } finally {
    await context.close();
  }
}

export const sum = (resources: readonly LoadedResource[], key: 'encoded' | 'body') => resources.reduce((total, r) => total + r[key], 0);

if (import.meta.url === `file://${process.argv[1]}`) {
  const base = process.argv[2] ?? 'http://127.0.0.1:8080';
  const browser = await chromium.launch({ executablePath: process.env.JIKIM_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    for (const path of ['/locker', '/en/locker']) {
      for (const returning of [false, true]) {
        const load = await measureLockerLoad(browser, base + path, { throttle: process.env.THROTTLE === '1', returning });
        process.stdout.write(`${path} (${returning ? 'unlock' : 'create'}): field present at ${load.fieldPresentMs.toFixed(0)} ms, shown at ${load.fieldShownMs.toFixed(0)} ms, `
          + `adopted by the app at ${load.adoptedMs.toFixed(0)} ms; `
          + `first load ${sum(load.firstLoad, 'encoded')} B on the wire, ${sum(load.firstLoad, 'body')} B of bodies\n`);
        for (const r of load.firstLoad) process.stdout.write(`  ${r.url.replace(base, '')}  ${r.encoding}  body ${r.body} B, wire ${r.encoded} B, sent at ${r.startedMs.toFixed(0)} ms\n`);
        for (const r of load.idle) process.stdout.write(`  after, idle: ${r.url.replace(base, '')}  ${r.encoding}  body ${r.body} B, wire ${r.encoded} B, sent at ${r.startedMs.toFixed(0)} ms\n`);
        process.stdout.write(`  on typing: ${load.onTyping.length} responses, ${sum(load.onTyping, 'encoded')} B on the wire, ${sum(load.onTyping, 'body')} B of bodies\n`);
      }
    }
  } finally {
    await browser.close();
  }
}
