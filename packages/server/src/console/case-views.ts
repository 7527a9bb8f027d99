/**
 * How a case reads in the console: a list row (status, dates, how to reach the person), an item
 * without its thumbnail's bytes, an event with the staff member's name. The sealed request opens
 * with the case key; a withdrawn case's key is gone, so its request reads as null.
 */
import {
  caseEventTypeSchema,
  type CaseEvent,
  type CaseItem,
  type CaseSummary,
  type ContactPreferences,
} from '@jikim/contracts';
import type { Kysely } from 'kysely';
import type { CaseEventRecord } from '../cases/case-events.js';
import type { CaseItemRecord } from '../cases/case-items.js';
import { requestContext, type CaseRecord } from '../cases/case.repository.js';
import type { Database } from '../db/schema.js';
import { sealContext } from '../staff/staff-deps.js';
import { VaultError } from '../vault/aead.js';
import type { Vault } from '../vault/vault-port.js';
import type { KeyVault } from '../vault/vault.js';

/** What `cases.request_sealed` holds. */
export interface CaseRequest {
  readonly contact: ContactPreferences;
  readonly message: string;
}

/** The sealed request, or null when there is none or its key is destroyed (withdrawn). */
export async function openRequest(vault: Pick<Vault, 'openCaseField'>, c: CaseRecord): Promise<CaseRequest | null> {
  if (!c.requestSealed || c.withdrawnAt) return null;
  try {
    return JSON.parse(await vault.openCaseField(c.id, c.requestSealed, requestContext(c.id))) as CaseRequest;
  } catch (error) {
    if (error instanceof VaultError) return null;
    throw error;
  }
}

/** The sealed requests of many cases (a list), their keys read in one query; null as above. */
export async function openRequests(vault: Pick<KeyVault, 'openCaseFields'>, cases: readonly CaseRecord[]): Promise<(CaseRequest | null)[]> {
  const sealed = cases.flatMap((c) => (c.requestSealed && !c.withdrawnAt ? [{ caseId: c.id, sealed: c.requestSealed, context: requestContext(c.id) }] : []));
  const opened = new Map((await vault.openCaseFields(sealed)).map((text, i) => [sealed[i]?.caseId, text]));
  return cases.map((c) => {
    const text = opened.get(c.id);
    return text ? (JSON.parse(text) as CaseRequest) : null;
  });
}

export function summaryOf(c: CaseRecord, staffId: string, request: CaseRequest | null, items: number): CaseSummary {
  return {
    id: c.id,
    status: c.status,
    openedBy: c.openedBy,
    createdAt: c.createdAt,
    assignedToMe: c.assignedStaffId === staffId,
    withdrawnAt: c.withdrawnAt,
    junk: c.junkAt !== null,
    situation: c.situation,
    arrival: c.arrival,
    contact: request?.contact ?? null,
    items,
  };
}

export function itemOf(record: CaseItemRecord): CaseItem {
  return {
    item: record.item,
    itemId: record.id,
    addedBy: record.addedBy,
    addedAt: record.createdAt,
    upload: record.upload,
    hasThumbnail: record.thumbnailBlobId !== null,
  };
}

/** Names of the staff members who acted, opened once each; a name that does not open is left out. */
export async function staffNames(db: Kysely<Database>, vault: Pick<Vault, 'openSystemField'>, ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('staff').select(['id', 'name_sealed']).where('id', 'in', unique).execute();
  const names = new Map<string, string>();
  for (const row of rows) {
    try {
      names.set(row.id, await vault.openSystemField(row.name_sealed, sealContext.name(row.id)));
    } catch (error) {
      if (!(error instanceof VaultError)) throw error;
    }
  }
  return names;
}

/** An event as the console shows it; types this version does not know are left out. */
export function eventOf(record: CaseEventRecord, names: ReadonlyMap<string, string>): CaseEvent | undefined {
  const type = caseEventTypeSchema.safeParse(record.type);
  if (!type.success) return undefined;
  const { body } = record;
  const actor = record.actor.kind === 'counsellor'
    ? { kind: 'counsellor' as const, staffId: record.actor.staffId, ...(names.has(record.actor.staffId) ? { name: names.get(record.actor.staffId) } : {}) }
    : record.actor;
  return {
    id: record.id,
    at: record.at,
    type: type.data,
    actor,
    text: body.text ?? '',
    // A takedown update keeps the target's status, not the case's (decision 0017).
    ...(body.status !== undefined ? (type.data === 'target_status' ? { takedownStatus: body.status as CaseEvent['takedownStatus'] } : { status: body.status as CaseEvent['status'] }) : {}),
    ...(body.identity !== undefined ? { identity: body.identity as CaseEvent['identity'] } : {}),
    ...(body.itemId !== undefined ? { itemId: body.itemId } : {}),
    ...(body.assignedStaffId !== undefined ? { assignedStaffId: body.assignedStaffId } : {}),
  };
}
