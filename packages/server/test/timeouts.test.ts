import net from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const sqlite = TEST_DATABASES.find((d) => d.name === 'sqlite');

/** Resolves true when `emitter` closes, false if it has not after `ms` (a bound for the test, not a claim about speed). */
function closedWithin(emitter: NodeJS.EventEmitter & { destroyed: boolean }, ms: number): Promise<boolean> {
  if (emitter.destroyed) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    emitter.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

// This one needs a real socket: a slow client is something app.inject cannot be.
describe('slow clients', () => {
  let t: TestApp;
  let port = 0;
  const serverSockets: net.Socket[] = [];
  beforeAll(async () => {
    if (!sqlite) throw new Error('no sqlite test database');
    const env = { HEADERS_TIMEOUT_SECONDS: '1', REQUEST_TIMEOUT_SECONDS: '2', CONNECTION_TIMEOUT_SECONDS: '1' };
    t = await createTestApp(sqlite, env, (app) => {
      // Test-only: a response far larger than any socket buffer, made only as fast as it is read.
      app.get('/test/endless', (_request, reply) => {
        let sent = 0;
        const chunk = Buffer.alloc(64 * 1024, 'x');
        const body = new Readable({
          read() {
            sent += chunk.length;
            this.push(sent > 1024 ** 3 ? null : chunk);
          },
        });
        return reply.type('application/octet-stream').send(body);
      });
      app.post('/test/upload', async () => ({ ok: true }));
    });
    t.app.server.on('connection', (socket: net.Socket) => serverSockets.push(socket));
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const address = t.app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => t.close());

  it('configures the Node server timeouts from the environment', () => {
    expect(t.app.server.headersTimeout).toBe(1000);
    expect(t.app.server.requestTimeout).toBe(2000);
    expect(t.app.server.timeout).toBe(1000);
    expect((t.app.server as unknown as { connectionsCheckingInterval: number }).connectionsCheckingInterval).toBe(1000);
  });

  it('closes a connection that never finishes its headers (slowloris)', async () => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    const keepTrickling = setInterval(() => socket.write('a'), 200);
    const closedByServer = await closedWithin(socket, 8000);
    clearInterval(keepTrickling);
    socket.destroy();
    expect(closedByServer).toBe(true);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection whose body trickles in and never ends (issue 10)', async () => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.write('POST /test/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"a":"');
    const keepTrickling = setInterval(() => socket.write('a'), 200);
    const closedByServer = await closedWithin(socket, 8000);
    clearInterval(keepTrickling);
    socket.destroy();
    expect(closedByServer).toBe(true);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection whose client stops sending half-way through the body (issue 10)', async () => {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('data', () => undefined);
    socket.write('POST /test/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"a":"aaaa');
    const closedByServer = await closedWithin(socket, 8000);
    socket.destroy();
    expect(closedByServer).toBe(true);
  });

  it('closes a connection whose client never reads the response (issue 10)', async () => {
    const before = serverSockets.length;
    const socket = net.connect(port, '127.0.0.1');
    socket.pause(); // never read: the response backs up until nothing moves
    socket.write('GET /test/endless HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    await new Promise((resolve) => socket.once('connect', resolve));
    while (serverSockets.length === before) await new Promise((resolve) => setTimeout(resolve, 10));
    const serverSide = serverSockets.at(-1) as net.Socket;
    const closedByServer = await closedWithin(serverSide, 15_000);
    socket.destroy();
    expect(closedByServer).toBe(true);
  });
});
