/**
 * A case's own events, append-only: requested, opened, assigned, notes, messages both ways, identity
 * checked, status, items added, originals viewed, withdrawn, junk. Type, time and actor are clear (the
 * case's history and statistics); what was said is sealed with the case key.
 *
 *   append(caseId, { type, actor, body }, trx?)   → CaseEventRecord (seq follows the case's last)
 *   list(caseId, { types? })                      → CaseEventRecord[] in order, bodies opened
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CaseEventsTable, Database } from '../db/schema.js';
import type { Vault } from '../vault/vault-port.js';

export const eventContext = (eventId: string) => `case_events.body:${eventId}`;

export type CaseEventActor =
  | { readonly kind: 'victim' }
  | { readonly kind: 'counsellor'; readonly staffId: string }
  | { readonly kind: 'system' };

/** What an event says, sealed: text of a note or message, a reason, a status, an identity check, an item. */
export interface CaseEventBody {
  readonly text?: string;
  readonly status?: string;
  readonly identity?: { readonly method: string; readonly note: string };
  readonly itemId?: string;
  readonly assignedStaffId?: string;
}

export interface CaseEventRecord {
  readonly id: string;
  readonly caseId: string;
  readonly seq: number;
  readonly at: string;
  readonly type: string;
  readonly actor: CaseEventActor;
  readonly body: CaseEventBody;
}

function actorOf(row: CaseEventsTable): CaseEventActor {
  if (row.actor_kind === 'counsellor' && row.actor_id) return { kind: 'counsellor', staffId: row.actor_id };
  return row.actor_kind === 'victim' ? { kind: 'victim' } : { kind: 'system' };
}

export function caseEvents(db: Kysely<Database>, vault: Pick<Vault, 'sealCaseField' | 'openCaseField'>, now: () => Date = () => new Date()) {
  return {
    async append(caseId: string, event: { readonly type: string; readonly actor: CaseEventActor; readonly body?: CaseEventBody }, trx: Kysely<Database> = db): Promise<CaseEventRecord> {
      const id = randomBytes(16).toString('base64url');
      const body = event.body ?? {};
      const last = await trx.selectFrom('case_events').select((eb) => eb.fn.max('seq').as('seq')).where('case_id', '=', caseId).executeTakeFirst();
      const row: CaseEventsTable = {
        id, case_id: caseId, seq: Number(last?.seq ?? 0) + 1, at: now().toISOString(), type: event.type,
        actor_kind: event.actor.kind, actor_id: event.actor.kind === 'counsellor' ? event.actor.staffId : null,
        body_sealed: await vault.sealCaseField(caseId, JSON.stringify(body), eventContext(id)),
      };
      await trx.insertInto('case_events').values(row).execute();
      return { id, caseId, seq: row.seq, at: row.at, type: row.type, actor: event.actor, body };
    },

    async list(caseId: string, filter: { readonly types?: readonly string[] } = {}): Promise<readonly CaseEventRecord[]> {
      let query = db.selectFrom('case_events').selectAll().where('case_id', '=', caseId);
      if (filter.types) {
        if (filter.types.length === 0) return [];
        query = query.where('type', 'in', [...filter.types]);
      }
      const rows = await query.orderBy('seq').execute();
      return Promise.all(rows.map(async (row) => ({
        id: row.id, caseId, seq: row.seq, at: row.at, type: row.type, actor: actorOf(row),
        body: JSON.parse(await vault.openCaseField(caseId, row.body_sealed, eventContext(row.id))) as CaseEventBody,
      })));
    },
  };
}

export type CaseEvents = ReturnType<typeof caseEvents>;
