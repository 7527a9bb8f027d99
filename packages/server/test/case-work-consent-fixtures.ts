/**
 * For the consent and referral tests: a staff app whose help intake takes a tiny proof of work, a
 * help request opened through the real route (code + PIN) with its case id, and the person's calls.
 */
import type { LightMyRequestResponse } from 'fastify';
import { asVictim, openCase, type Opened } from './help-app.js';
import type { TestDatabase } from './support/databases.js';
import { createStaffTestApp, type StaffTestApp } from './support/staff-app.js';

export const caseWorkApp = (testDb: TestDatabase) => createStaffTestApp(testDb, undefined, { HELP_POW_MAX_NUMBER: '20' });

let address = 0;

/** A help request from the locker; the case id is the one case that was not there before. */
export async function requestCase(t: StaffTestApp): Promise<Opened & { readonly caseId: string; readonly address: string }> {
  const before = new Set((await t.db.kysely.selectFrom('cases').select('id').execute()).map((r) => r.id));
  const from = `10.7.${Math.floor(++address / 250)}.${(address % 250) + 1}`;
  const opened = await openCase(t.app, [], from);
  const created = (await t.db.kysely.selectFrom('cases').select('id').execute()).filter((r) => !before.has(r.id));
  if (created.length !== 1 || !created[0]) throw new Error(`expected one new case, found ${created.length}`);
  return { ...opened, caseId: created[0].id, address: from };
}

/** The person's call with their code and PIN, from the address they asked from. */
export function victim(t: StaffTestApp, o: Awaited<ReturnType<typeof requestCase>>, method: 'GET' | 'POST', url: string, payload?: object): Promise<LightMyRequestResponse> {
  return asVictim(t.app, o, method, url, payload, o.address);
}

/** The audit rows of one action for one case, with their detail parsed. */
export async function auditOf(t: StaffTestApp, action: string, caseId: string) {
  const rows = await t.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', action).where('case_id', '=', caseId).orderBy('seq').execute();
  return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}
