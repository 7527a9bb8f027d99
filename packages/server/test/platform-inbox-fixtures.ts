/**
 * For the inbox tests: a case-work app (help intake, counsellors), platforms with real keys and
 * registered domains, a case with the person's consent to write to operators and targets asked
 * about through the console's own status route, and the platform's calls to its inbox.
 */
import type { PlatformScope } from '@jikim/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { platformInboxAdmin } from '../src/platform/inbox/inbox-admin.js';
import { platformKeysRepository } from '../src/platform/keys/platform-keys.repository.js';
import { requestCase } from './case-work-consent-fixtures.js';
import { addTargets } from './case-work-target-fixtures.js';
import { call, V1 } from './console-case-fixtures.js';
import type { Person, StaffTestApp } from './support/staff-app.js';

export const INBOX = '/api/platform/v1/inbox';

export async function platformKey(t: StaffTestApp, name: string, scopes: readonly PlatformScope[]): Promise<{ key: string; keyId: string; platformId: string }> {
  const made = await platformKeysRepository(t.db.kysely, t.clock.now).create({ name, scopes: [...scopes] });
  return { key: made.key, keyId: made.keyId, platformId: made.platformId };
}

export const setDomains = (t: StaffTestApp, name: string, domains: readonly string[]) => platformInboxAdmin({ db: t.db.kysely, audit: t.deps.audit }).set(name, domains);

export const consent = async (t: StaffTestApp, me: Person, caseId: string, granted: boolean) => {
  expect((await call(t, me, 'POST', `${V1}/cases/${caseId}/consents`, { kind: 'write_to_operators', granted })).statusCode).toBe(201);
};

/** A case with consent given, these URLs added, and all but `found` asked about (requested outside Jikim, reference R-<i>). */
export async function caseWithTargets(t: StaffTestApp, me: Person, urls: readonly string[], found: readonly string[] = []) {
  const o = await requestCase(t);
  await consent(t, me, o.caseId, true);
  const { added } = await addTargets(t, me, o.caseId, urls);
  for (const [i, target] of added.entries()) {
    if (found.includes(target.url)) continue;
    const asked = await call(t, me, 'POST', `${V1}/cases/${o.caseId}/targets/${target.id}/status`, { status: 'requested', reference: `R-${String(i)}` });
    expect(asked.statusCode, asked.body).toBe(200);
  }
  t.clock.advance(60_000);
  return { o, byUrl: new Map(added.map((a) => [a.url, a.id])) };
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

export const inbox = (t: StaffTestApp, key: string, query = ''): Promise<LightMyRequestResponse> =>
  t.app.inject({ method: 'GET', url: `${INBOX}${query}`, headers: bearer(key) });

export const answer = (t: StaffTestApp, key: string, id: string, body: object): Promise<LightMyRequestResponse> =>
  t.app.inject({ method: 'POST', url: `${INBOX}/${id}`, headers: bearer(key), payload: body });

export async function inboxUrls(t: StaffTestApp, key: string, status: 'open' | 'all' = 'all'): Promise<string[]> {
  const response = await inbox(t, key, `?status=${status}`);
  expect(response.statusCode, response.body).toBe(200);
  return ((response.json() as { requests: { url: string }[] }).requests).map((r) => r.url).sort();
}
