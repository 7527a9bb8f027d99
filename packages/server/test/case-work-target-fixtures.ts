/**
 * For the takedown target, letter and reminder tests: a centre operator made through the route, and
 * a spread of addresses over twelve operators (ten shipped, one of the centre's, and `other`).
 */
import type { Target } from '@jikim/contracts';
import { expect } from 'vitest';
import { call, V1 } from './console-case-fixtures.js';
import type { Person, StaffTestApp } from './support/staff-app.js';

export const SHIPPED_HOSTS: readonly (readonly [operator: string, host: string])[] = [
  ['naver', 'm.blog.naver.com'], ['kakao', 'blog.daum.net'], ['google-search', 'www.google.co.kr'], ['youtube', 'www.youtube.com'],
  ['x-twitter', 'x.com'], ['meta', 'www.instagram.com'], ['tiktok', 'www.tiktok.com'], ['telegram', 't.me'], ['reddit', 'old.reddit.com'],
  ['pornhub-aylo', 'www.pornhub.com'],
];

/** A centre operator for `files.webhard-example.kr`; its key. */
export async function centreOperator(t: StaffTestApp, me: Person, language: 'ko' | 'en' = 'ko'): Promise<{ key: string; id: string }> {
  const made = await call(t, me, 'POST', `${V1}/operators`, {
    name: '예시 웹하드', email: 'abuse@webhard-example.kr', language, siteType: 'webhard', domains: ['webhard-example.kr'], notes: 'test',
  });
  expect(made.statusCode).toBe(201);
  return made.json() as { key: string; id: string };
}

/** `n` addresses, the i-th on operator i % 12 (the centre's eleventh, `other` twelfth), with the operator expected. */
export function spread(n: number, centreKey: string): { url: string; operator: string }[] {
  const hosts = [...SHIPPED_HOSTS, [centreKey, 'files.webhard-example.kr'] as const, ['other', 'unknown.example'] as const];
  return Array.from({ length: n }, (_, i) => {
    const [operator, host] = hosts[i % hosts.length] ?? ['other', 'unknown.example'];
    return { url: `https://${host}/p/${String(i)}?q=${String(i * 7)}`, operator };
  });
}

export async function addTargets(t: StaffTestApp, me: Person, caseId: string, urls: readonly string[]): Promise<{ added: Target[]; alreadyInCase: string[] }> {
  const response = await call(t, me, 'POST', `${V1}/cases/${caseId}/targets`, { targets: urls.map((url) => ({ url })) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { added: Target[]; alreadyInCase: string[] };
}

export async function listTargets(t: StaffTestApp, me: Person, caseId: string): Promise<Target[]> {
  const response = await call(t, me, 'GET', `${V1}/cases/${caseId}/targets`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { targets: Target[] }).targets;
}
