/**
 * Issue 10: the responses no route sends — written by Node or Fastify straight to the socket — carry
 * the same security headers as every other. These need a real socket: app.inject never reaches them.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorResponseSchema } from '@jikim/contracts';
import { loadConfig } from '../src/config.js';
import { readSiteManifest } from '../src/http/static-site.js';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const manifest = readSiteManifest(loadConfig({}).siteDir);
const sqlite = TEST_DATABASES.find((d) => d.name === 'sqlite');

interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

function parse(raw: string): RawResponse[] {
  const responses: RawResponse[] = [];
  let rest = raw;
  while (rest.startsWith('HTTP/1.1 ')) {
    const end = rest.indexOf('\r\n\r\n');
    const [statusLine = '', ...lines] = rest.slice(0, end).split('\r\n');
    const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
    const length = Number(headers['content-length'] ?? 0);
    const body = rest.slice(end + 4, end + 4 + length);
    responses.push({ status: Number(statusLine.split(' ')[1]), headers, body });
    rest = rest.slice(end + 4 + length);
  }
  return responses;
}

/** Writes raw bytes and collects everything until the server closes the connection. */
function exchange(port: number, bytes: string, afterWrite?: () => void): Promise<RawResponse[]> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(parse(received)));
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no close; got ${JSON.stringify(received.slice(0, 300))}`)));
    socket.write(bytes, () => afterWrite?.());
  });
}

function expectSecurityHeaders(res: RawResponse): void {
  expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(res.headers['permissions-policy']).toContain('camera=()');
  expect(res.headers['cache-control']).toBe('no-store');
}

/** A promise and the function that resolves it (Promise.withResolvers needs Node 22). */
function signal(): { promise: Promise<void>; resolve(): void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve: () => resolve() };
}

describe('responses written straight to the socket', () => {
  let t: TestApp;
  let port = 0;
  let release: () => void = () => undefined;
  const held = signal();
  const closingStarted = signal();
  beforeAll(async () => {
    if (!sqlite) throw new Error('no sqlite test database');
    t = await createTestApp(sqlite, { HEADERS_TIMEOUT_SECONDS: '1', REQUEST_TIMEOUT_SECONDS: '1' }, (app) => {
      // Test-only: a request that stays in flight until the test lets it go.
      app.get('/test/held', async () => {
        const released = new Promise<void>((resolve) => (release = resolve));
        held.resolve();
        await released;
        return { ok: true };
      });
      // Runs once Fastify has started refusing new requests.
      app.addHook('preClose', (done) => {
        closingStarted.resolve();
        done();
      });
    });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const address = t.app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => t.close());

  it('a normal response over a real socket carries them (and an asset keeps its own cache-control)', async () => {
    const [page] = await exchange(port, 'GET /en HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(page?.status).toBe(200);
    expectSecurityHeaders(page as RawResponse);
    const asset = manifest.assets.find((a) => a.endsWith('.js')) ?? '';
    const [script] = await exchange(port, `GET /${asset} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(script?.status).toBe(200);
    expect(script?.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script?.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    ['a request line that is not HTTP', 400, 'NOT HTTP AT ALL\r\n\r\n'],
    ['a header with no colon', 400, 'GET / HTTP/1.1\r\nHost: x\r\nbroken header\r\n\r\n'],
    ['a bad Content-Length', 400, 'POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'],
    ['headers over the size limit', 431, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`],
    ['headers that never end', 408, 'GET / HTTP/1.1\r\nHost: x\r\n'],
  ])('%s → %i with the security headers and our error shape', async (_name, status, bytes) => {
    const [res] = await exchange(port, bytes);
    expect(res?.status).toBe(status);
    expectSecurityHeaders(res as RawResponse);
    expect(res?.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res?.headers.connection).toBe('close');
    expect(errorResponseSchema.parse(JSON.parse(res?.body ?? '')).error).toBe('bad_request');
  });

  // Last: it closes the app. A request arriving on a busy keep-alive connection after close() began
  // gets Fastify's own 503.
  it('the 503 sent while shutting down', async () => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (received += chunk));
    const closed = new Promise((resolve) => socket.on('close', resolve));
    socket.write('GET /test/held HTTP/1.1\r\nHost: x\r\n\r\n');
    await held.promise;
    const closing = t.app.close();
    await closingStarted.promise;
    const lateArrived = new Promise((resolve) => t.app.server.once('request', resolve));
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    await lateArrived;
    release();
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000))]);
    socket.destroy();
    await closing;
    const [first, late] = parse(received);
    expect(first?.status).toBe(200);
    expect(late?.status).toBe(503);
    expectSecurityHeaders(late as RawResponse);
  });
});
