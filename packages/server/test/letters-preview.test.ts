/**
 * POST /api/letters/preview on both databases: the server makes the letter with the case domain,
 * as the locker does. A malformed body is a `validation` 400; a body of the right shape that the
 * domain refuses is a `domain` 400 with the rule's stable code and nothing of what was sent; never
 * a 500.
 */
import { errorResponseSchema, letterPreviewResponseSchema } from '@jikim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const URL_A = 'https://community.example.kr/board/123?page=1&sort=new';
const HASH = '0123456789abcdef'.repeat(4);
/** Far enough ahead that it is after today whenever the tests run. */
const LATER = '2999-12-31';

const letter = (overrides: Record<string, unknown> = {}) => ({
  locale: 'ko',
  service: { name: '예시 커뮤니티', jurisdiction: 'kr' },
  urls: [URL_A],
  contentKind: 'illegal-filming',
  evidence: [{ label: '증거 1', sha256: HASH.toUpperCase() }],
  respondBy: LATER,
  ...overrides,
});

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`POST /api/letters/preview on ${testDb.name}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(testDb);
    });
    afterAll(() => t.close());

    const post = (payload: unknown) => t.app.inject({ method: 'POST', url: '/api/letters/preview', payload: payload as object });

    it('answers the letter the locker would make: every URL whole, the hash in lower case, the law for a Korean service', async () => {
      const res = await post(letter({ urls: [URL_A, 'https://community.example.kr/board/456'] }));
      expect(res.statusCode).toBe(200);
      const body = letterPreviewResponseSchema.parse(res.json());
      expect(body.subject).toContain('불법촬영물');
      expect(body.body).toContain(`1. ${URL_A}`);
      expect(body.body).toContain(`SHA-256: ${HASH}`);
      expect(body.body).toContain('성폭력범죄의 처벌 등에 관한 특례법');
      const [y, m, d] = today().split('-').map(Number);
      expect(body.body).toContain(`작성일: ${String(y)}년 ${String(m)}월 ${String(d)}일`);
    });

    it.each([
      ['a body that is not JSON of the right shape', { urls: 'https://example.com' }],
      ['an unknown content kind', letter({ contentKind: 'porn' })],
      ['a date that is not a day', letter({ respondBy: 'next week' })],
      ['an unknown field', letter({ extra: true })],
    ])('refuses %s as a validation error', async (_what, payload) => {
      const res = await post(payload);
      expect(res.statusCode).toBe(400);
      expect(errorResponseSchema.parse(res.json())).toMatchObject({ error: 'validation' });
    });

    it.each([
      ['an address that is not a web page', letter({ urls: ['ftp://files.example.com/secret-name.mp4'] }), 'invalid_url', 'secret-name'],
      ['an address without //', letter({ urls: ['http:victim-name.example.com'] }), 'invalid_url', 'victim-name'],
      ['a hash that is not SHA-256', letter({ evidence: [{ label: 'x', sha256: 'not-a-hash-of-the-victim' }] }), 'invalid_sha256', 'victim'],
      ['a reply date that is today in Korea', letter({ respondBy: today() }), 'letter_input_invalid', today()],
      ['a service named only with spaces', letter({ service: { name: '   ', jurisdiction: 'other' } }), 'letter_input_invalid', '   '],
      ['addresses that are all blank', letter({ urls: ['  ', ''] }), 'letter_input_invalid', '""'],
    ])('answers %s with a domain 400 and its code, never a 500, and never echoes the input', async (_what, payload, code, secret) => {
      const res = await post(payload);
      expect(res.statusCode).toBe(400);
      const body = errorResponseSchema.parse(res.json());
      expect(body).toMatchObject({ error: 'domain', code });
      expect(body.message.length).toBeGreaterThan(0);
      expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/u);
      expect(res.body).not.toContain(secret);
    });

    it('is in the OpenAPI document with its contracts', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      const op = doc.paths['/api/letters/preview'].post;
      expect(op.security).toEqual([]);
      expect(op.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['locale', 'service', 'urls', 'contentKind', 'respondBy']));
      expect(op.responses['400'].content['application/json'].schema.properties.code.enum).toContain('invalid_url');
    });
  });
}
