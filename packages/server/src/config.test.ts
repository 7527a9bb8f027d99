import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('runs with nothing set: SQLite under ./data on 127.0.0.1:8080', () => {
    const config = loadConfig({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(8080);
    expect(config.database).toEqual({ dialect: 'sqlite', file: path.resolve('data/jikim.sqlite') });
    expect(config.quickExitUrl).toMatch(/^https:\/\//);
    expect(config.timeouts.headersMs).toBe(10_000);
    expect(config.timeouts.connectionMs).toBe(60_000);
  });

  it('switches to PostgreSQL when DATABASE_URL says so', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@localhost:5432/jikim' });
    expect(config.database).toEqual({ dialect: 'postgres', url: 'postgres://u@localhost:5432/jikim' });
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/x' }],
    ['QUICK_EXIT_URL', { QUICK_EXIT_URL: 'javascript:alert(1)' }],
    ['QUICK_EXIT_URL', { QUICK_EXIT_URL: 'not a url' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'verbose' }],
    ['BODY_LIMIT_BYTES', { BODY_LIMIT_BYTES: '-1' }],
    ['HEADERS_TIMEOUT_SECONDS', { HEADERS_TIMEOUT_SECONDS: '0' }],
    ['CONNECTION_TIMEOUT_SECONDS', { CONNECTION_TIMEOUT_SECONDS: '0' }],
    ['CONNECTION_TIMEOUT_SECONDS', { CONNECTION_TIMEOUT_SECONDS: 'never' }],
    ['REQUEST_TIMEOUT_SECONDS', { HEADERS_TIMEOUT_SECONDS: '20', REQUEST_TIMEOUT_SECONDS: '10' }],
  ])('a bad %s stops start-up with a message naming it', (name, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}:`));
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).database.dialect).toBe('sqlite');
  });
});
