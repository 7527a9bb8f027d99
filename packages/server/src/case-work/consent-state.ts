/**
 * What a person has agreed to now: the last consent record of each kind (records are append-only;
 * a withdrawal is a later record with granted = 0). Letters to operators, referrals and the victim's
 * status view all read consent through this one function.
 */
import type { ConsentKind } from '@jikim/contracts';
import { CONSENT_KINDS } from '@jikim/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export type CurrentConsents = Partial<Record<ConsentKind, boolean>>;

export async function currentConsents(db: Kysely<Database>, caseId: string): Promise<CurrentConsents> {
  const rows = await db.selectFrom('case_consents').select(['kind', 'granted']).where('case_id', '=', caseId).orderBy('seq').execute();
  const current: CurrentConsents = {};
  for (const row of rows) {
    if ((CONSENT_KINDS as readonly string[]).includes(row.kind)) current[row.kind as ConsentKind] = row.granted === 1;
  }
  return current;
}

/** Whether the person has given this consent and not withdrawn it. */
export async function hasConsent(db: Kysely<Database>, caseId: string, kind: ConsentKind): Promise<boolean> {
  return (await currentConsents(db, caseId))[kind] === true;
}

/**
 * A step that needs a consent the person has not given now: 409 `consent_missing` (the error
 * handler reads `errorCode`). Only the kind is said, never anything of the case.
 */
export class ConsentMissingError extends Error {
  readonly statusCode = 409;
  readonly errorCode = 'consent_missing';
  constructor(readonly kind: ConsentKind) {
    super(`Consent missing: ${kind}`);
    this.name = 'ConsentMissingError';
  }
}

/** When each consent given now was given (its last record's time, clear column); withdrawn and never-asked kinds are absent. */
export async function consentsSince(db: Kysely<Database>, caseId: string): Promise<Partial<Record<ConsentKind, string>>> {
  const rows = await db.selectFrom('case_consents').select(['kind', 'granted', 'at']).where('case_id', '=', caseId).orderBy('seq').execute();
  const last = new Map<ConsentKind, { granted: boolean; at: string }>();
  for (const row of rows) {
    if ((CONSENT_KINDS as readonly string[]).includes(row.kind)) last.set(row.kind as ConsentKind, { granted: row.granted === 1, at: row.at });
  }
  return Object.fromEntries([...last].flatMap(([kind, r]) => (r.granted ? [[kind, r.at]] : [])));
}
