/**
 * The audit log's writer: one hash-chained row per event, appended under a lock so concurrent
 * appends (from this process or another, such as the CLI) form one gapless chain.
 */
import { sql, type Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import type { AuditLogTable, Database } from '../db/schema.js';
import { writeTransaction } from '../db/write-transaction.js';
import type { AuditEvent, AuditLog } from './audit-port.js';
import { canonicalDetail, rowHash, storable } from './audit-chain.js';
import { writeAnchor, type Anchor, type AnchorLog } from './audit-anchor.js';

/** pg_advisory_xact_lock key of the audit chain ("jikim" in ASCII). */
export const AUDIT_LOCK_KEY = 0x6a696b696d;

const ID_MAX = 200;
const REASON_MAX = 2000;
const DETAIL_MAX = 4096;
const ACTION = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

export interface AuditService extends AuditLog {
  /** The chain's last row (or its base when empty): what an anchor records. */
  head(): Promise<{ seq: number; hash: string }>;
  /** Writes the head outside the database: a line in the anchor file (fsynced) and the log. */
  anchor(): Promise<Anchor>;
  /**
   * Retention: removes the oldest rows written before `cutoff` (at least two years ago; the
   * database refuses younger ones), keeping the chain verifiable (docs/audit-log.md).
   */
  purge(cutoff: Date, actor?: AuditEvent['actor']): Promise<{ readonly throughSeq: number; readonly removed: number }>;
}

export interface AuditOptions {
  /** Where anchors are also logged (info level); the server passes its logger. */
  readonly log?: AnchorLog;
  /** The clock rows are stamped with; tests inject one. */
  readonly now?: () => Date;
}

type Unchained = Omit<AuditLogTable, 'seq' | 'prev_hash' | 'hash'>;

function id(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value.length === 0 || value.length > ID_MAX) throw new TypeError(`audit ${name}: 1 to ${ID_MAX} characters`);
  return storable(value);
}

/** Checks an event and turns it into the columns of a row; a malformed event is a programming error. */
export function auditRow(event: AuditEvent, at: Date): Unchained {
  if (!ACTION.test(event.action) || event.action.length > 64) throw new TypeError(`audit action ${JSON.stringify(event.action)}: dotted lower-case words`);
  const actor = event.actor;
  const reason = event.reason === null || event.reason === undefined ? null : storable(event.reason);
  if (reason !== null && reason.length > REASON_MAX) throw new TypeError(`audit reason: at most ${REASON_MAX} characters`);
  const detail = canonicalDetail(event.detail);
  if (detail.length > DETAIL_MAX) throw new TypeError(`audit detail: at most ${DETAIL_MAX} characters`);
  return {
    at: at.toISOString(),
    actor_kind: actor.kind,
    actor_id: id('actor id', actor.kind === 'staff' ? actor.staffId : actor.kind === 'platform' ? actor.keyId : null),
    session_id: id('session id', actor.kind === 'staff' ? actor.sessionId : null),
    action: event.action,
    case_id: id('case id', event.caseId),
    subject_staff_id: id('subject staff id', event.subjectStaffId),
    reason,
    detail,
  };
}

export async function chainHead(executor: Kysely<Database>): Promise<{ seq: number; hash: string }> {
  const last = await executor.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  if (last) return { seq: Number(last.seq), hash: last.hash };
  const base = await executor.selectFrom('audit_log_base').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  return { seq: Number(base.seq), hash: base.hash };
}

export function createAuditLog(db: Db, config: Pick<Config, 'audit'>, options: AuditOptions = {}): AuditService {
  const now = options.now ?? (() => new Date());

  /** Inside a transaction that holds the chain's lock: read the head, link, insert. */
  async function chain(trx: Kysely<Database>, row: Unchained): Promise<void> {
    await lockChain(trx);
    const head = await chainHead(trx);
    const linked = { ...row, seq: head.seq + 1, prev_hash: head.hash };
    await trx.insertInto('audit_log').values({ ...linked, hash: rowHash(linked) }).execute();
  }

  async function lockChain(trx: Kysely<Database>): Promise<void> {
    if (db.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  }

  async function anchorOf(head: { seq: number; hash: string }): Promise<Anchor> {
    return writeAnchor(config.audit.anchorFile, { ...head, at: now().toISOString() }, options.log);
  }

  return {
    async append(event, executor) {
      const row = auditRow(event, now());
      // The caller's transaction: the row lands or vanishes with the change it records.
      if (executor?.isTransaction) return chain(executor, row);
      await writeTransaction(db.dialect, executor ?? db.kysely, (trx) => chain(trx, row));
    },
    head: () => chainHead(db.kysely),
    anchor: async () => anchorOf(await chainHead(db.kysely)),
    async purge(cutoff, actor = { kind: 'system' }) {
      const base = await db.kysely.selectFrom('audit_log_base').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
      const young = await db.kysely.selectFrom('audit_log').select((eb) => eb.fn.min('seq').as('seq')).where('at', '>=', cutoff.toISOString()).executeTakeFirst();
      const head = await chainHead(db.kysely);
      const throughSeq = young?.seq === null || young?.seq === undefined ? head.seq : Number(young.seq) - 1;
      if (throughSeq <= Number(base.seq)) return { throughSeq: Number(base.seq), removed: 0 };
      const through = await db.kysely.selectFrom('audit_log').select('hash').where('seq', '=', throughSeq).executeTakeFirstOrThrow();
      // Anchored before it becomes the base: verify then knows the rows before it left by retention.
      await anchorOf({ seq: throughSeq, hash: through.hash });
      const removed = await writeTransaction(db.dialect, db.kysely, async (trx) => {
        await lockChain(trx);
        await trx.updateTable('audit_log_base').set({ seq: throughSeq, hash: through.hash }).where('id', '=', 1).execute();
        const deleted = await trx.deleteFrom('audit_log').where('seq', '<=', throughSeq).executeTakeFirst();
        const count = Number(deleted.numDeletedRows);
        await chain(trx, auditRow({ actor, action: 'audit.purge', detail: { throughSeq, removed: count } }, now()));
        return count;
      });
      return { throughSeq, removed };
    },
  };
}
