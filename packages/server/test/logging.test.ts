import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const sqlite = TEST_DATABASES.find((d) => d.name === 'sqlite');

describe('logs', () => {
  const lines: string[] = [];
  let t: TestApp;
  beforeAll(async () => {
    if (!sqlite) throw new Error('no sqlite test database');
    t = await createTestApp(sqlite, { LOG_LEVEL: 'info' }, (app) => {
      app.post('/test/fail', async () => {
        throw new Error('message with 피해자 김지영 010-1234-5678');
      });
    }, { write: (line) => void lines.push(line) });
  });
  afterAll(() => t.close());

  it('record what happened, never who or what about', async () => {
    await t.app.inject({ url: '/guide/threat?name=%EA%B9%80%EC%A7%80%EC%98%81&phone=01012345678', remoteAddress: '203.0.113.7' });
    await t.app.inject({
      method: 'POST',
      url: '/test/fail?case=secret-case',
      payload: { victim: '김지영' },
      headers: { 'user-agent': 'Secret-Agent/1.0', cookie: 'session=abc', authorization: 'Bearer token-xyz' },
      remoteAddress: '203.0.113.7',
    });
    const log = lines.join('');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(log).toContain('"route":"/guide/threat"');
    expect(log).toContain('"statusCode":500');
    for (const secret of ['김지영', '%EA%B9%80', '01012345678', '010-1234', 'secret-case', '203.0.113.7', 'Secret-Agent', 'session=abc', 'token-xyz', '피해자']) {
      expect(log).not.toContain(secret);
    }
  });
});
