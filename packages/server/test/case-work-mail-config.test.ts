/**
 * Mail settings (issue 13): SMTP_URL and SMTP_FROM are checked at start (a bad value stops start-up
 * naming the variable; SMTP_FROM is required with SMTP_URL), absent means e-mail is off, and a mail
 * server that cannot be reached at start is a logged warning, not a stop.
 */
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { createHelpApp } from './help-app.js';
import { TEST_DATABASES } from './support/databases.js';

const problems = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.join('\n');
    throw error;
  }
  return '';
};

describe('mail configuration', () => {
  it('is off without SMTP_URL and on with both variables', () => {
    expect(loadConfig({}).mail).toBeNull();
    expect(loadConfig({ SMTP_URL: 'smtps://user:pw@mail.centre.example:465', SMTP_FROM: 'letters@centre.example' }).mail)
      .toEqual({ url: 'smtps://user:pw@mail.centre.example:465', from: 'letters@centre.example' });
  });

  it('stops start-up naming the variable that is wrong', () => {
    expect(problems({ SMTP_URL: 'smtp://mail.centre.example:587' })).toMatch(/^SMTP_FROM: required/);
    expect(problems({ SMTP_URL: 'https://mail.centre.example', SMTP_FROM: 'a@centre.example' })).toMatch(/^SMTP_URL: /);
    expect(problems({ SMTP_URL: 'smtp://mail.centre.example', SMTP_FROM: 'not an address' })).toMatch(/^SMTP_FROM: /);
  });
});

const sqlite = TEST_DATABASES.find((d) => d.name === 'sqlite') ?? TEST_DATABASES[0];

describe.skipIf(!sqlite?.available)('a mail server that cannot be reached at start', () => {
  it('is a warning naming SMTP_URL, and the server runs', async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(p));
      });
    });
    const lines: string[] = [];
    const h = await createHelpApp(sqlite as NonNullable<typeof sqlite>, { LOG_LEVEL: 'warn', SMTP_URL: `smtp://127.0.0.1:${String(port)}`, SMTP_FROM: 'letters@centre.example' }, undefined, { write: (line) => void lines.push(line) });
    try {
      await expect.poll(() => lines.join(''), { timeout: 10_000 }).toContain('SMTP_URL');
      const warning = JSON.parse(lines.find((l) => l.includes('SMTP_URL')) ?? '{}') as { level: number; code?: string };
      expect(warning).toMatchObject({ level: 40, code: 'ESOCKET' });
      expect((await h.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBeLessThan(500);
    } finally {
      await h.close();
    }
  });
});
