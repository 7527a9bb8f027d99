import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const sqlite = TEST_DATABASES.find((d) => d.name === 'sqlite');

// This one needs a real socket: a slow client is something app.inject cannot be.
describe('slow clients', () => {
  let t: TestApp;
  let port = 0;
  beforeAll(async () => {
    if (!sqlite) throw new Error('no sqlite test database');
    t = await createTestApp(sqlite, { HEADERS_TIMEOUT_SECONDS: '1', REQUEST_TIMEOUT_SECONDS: '2' });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const address = t.app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => t.close());

  it('configures the Node server timeouts from the environment', () => {
    expect(t.app.server.headersTimeout).toBe(1000);
    expect(t.app.server.requestTimeout).toBe(2000);
    expect((t.app.server as unknown as { connectionsCheckingInterval: number }).connectionsCheckingInterval).toBe(1000);
  });

  it('closes a connection that never finishes its headers (slowloris)', async () => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    const keepTrickling = setInterval(() => socket.write('a'), 200);
    const closedByServer = await new Promise<boolean>((resolve) => {
      socket.on('close', () => resolve(true));
      setTimeout(() => resolve(false), 8000);
    });
    clearInterval(keepTrickling);
    socket.destroy();
    expect(closedByServer).toBe(true);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });
});
