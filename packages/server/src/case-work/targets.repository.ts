/**
 * A case's takedown targets (decision 0017): created many at a time (seq per case), listed with
 * their records opened in one batch, changed by status events, and the victim's shared tracker
 * records kept in step. `url_key` is the keyed hash of the normalised URL, so a URL already in the
 * case is found without reading any. Clear columns: see target-record.ts; the rest is sealed.
 */
import { randomBytes } from 'node:crypto';
import { CASE_WORK_LIMITS, type TargetEvent } from '@jikim/contracts';
import type { Kysely } from 'kysely';
import type { CaseTargetsTable, Database } from '../db/schema.js';
import type { KeyedHash } from '../vault/keyed-hash.js';
import type { KeyVault } from '../vault/vault.js';
import { targetHostKeys } from '../platform/inbox/inbox-hosts.js';
import { insertTargetHosts } from '../platform/inbox/target-host-rows.js';
import { clearColumnsOf, targetContext, withStatus, type StatusChange, type TargetRecord } from './target-record.js';

export interface TargetRow {
  readonly id: string;
  readonly caseId: string;
  readonly seq: number;
  readonly operator: string;
  readonly siteType: CaseTargetsTable['site_type'];
  readonly status: CaseTargetsTable['status'];
  readonly source: CaseTargetsTable['source'];
  readonly sourceRef: string | null;
  readonly createdAt: string;
  readonly record: TargetRecord;
  /** The sealed record as read: a save writes only over this same version (see `change`). */
  readonly version?: string;
}

export interface NewTarget {
  readonly url: string;
  readonly host: string;
  readonly operator: string;
  readonly siteType: CaseTargetsTable['site_type'];
}

/** More targets than a case may hold: 409 `too_many_targets`. */
export class TooManyTargetsError extends Error {
  readonly statusCode = 409;
  readonly errorCode = 'too_many_targets';
  constructor() {
    super(`A case holds at most ${String(CASE_WORK_LIMITS.targetsPerCase)} targets`);
    this.name = 'TooManyTargetsError';
  }
}

/** The target was changed by someone else since it was read (a save refused, nothing lost): 409. */
export class TargetChangedError extends Error {
  readonly statusCode = 409;
  constructor() {
    super('The target changed meanwhile; read it again');
    this.name = 'TargetChangedError';
  }
}

const KEYS_PER_QUERY = 500;
/** Tries of a change that meets another one (each reads the target again). */
const CHANGE_TRIES = 5;

export function caseTargets(deps: { db: Kysely<Database>; vault: KeyVault; hashes: KeyedHash; now: () => Date }) {
  const { db, vault, now } = deps;
  const seal = (caseId: string, id: string, record: TargetRecord) => vault.sealCaseField(caseId, JSON.stringify(record), targetContext(id));

  async function open(rows: readonly CaseTargetsTable[]): Promise<TargetRow[]> {
    const opened = await vault.openCaseFields(rows.map((r) => ({ caseId: r.case_id, sealed: r.record_sealed, context: targetContext(r.id) })));
    return rows.flatMap((r, i) => {
      const text = opened[i];
      if (text === null || text === undefined) return [];
      return [{
        id: r.id, caseId: r.case_id, seq: r.seq, operator: r.operator, siteType: r.site_type, status: r.status, source: r.source,
        sourceRef: r.source_ref, createdAt: r.created_at, record: JSON.parse(text) as TargetRecord, version: r.record_sealed,
      }];
    });
  }

  async function count(caseId: string): Promise<number> {
    const row = await db.selectFrom('case_targets').select((eb) => eb.fn.countAll().as('n')).where('case_id', '=', caseId).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async function nextSeq(caseId: string, trx: Kysely<Database>): Promise<number> {
    const last = await trx.selectFrom('case_targets').select((eb) => eb.fn.max('seq').as('seq')).where('case_id', '=', caseId).executeTakeFirst();
    return Number(last?.seq ?? 0) + 1;
  }

  async function existingKeys(caseId: string, keys: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
      const rows = await db.selectFrom('case_targets').select('url_key').where('case_id', '=', caseId).where('url_key', 'in', keys.slice(i, i + KEYS_PER_QUERY)).execute();
      for (const r of rows) found.add(r.url_key);
    }
    return found;
  }

  async function insert(caseId: string, items: readonly { target: NewTarget; key: string; record: TargetRecord; source: 'counsellor' | 'victim'; sourceRef: string | null }[]): Promise<TargetRow[]> {
    if ((await count(caseId)) + items.length > CASE_WORK_LIMITS.targetsPerCase) throw new TooManyTargetsError();
    const at = now().toISOString();
    const sealOne = async (item: (typeof items)[number]) => {
      const id = randomBytes(16).toString('base64url');
      return { id, item, sealed: await seal(caseId, id, item.record) };
    };
    // The first alone: sealing may make the case's key, which must happen once.
    const [head, ...rest] = items;
    const prepared = head === undefined ? [] : [await sealOne(head), ...(await Promise.all(rest.map(sealOne)))];
    const hosts = await Promise.all(prepared.map(({ id, item }) => targetHostKeys(deps.hashes, item.record.url).then((keys) => ({ targetId: id, keys }))));
    return db.transaction().execute(async (trx) => {
      let seq = await nextSeq(caseId, trx);
      const rows: CaseTargetsTable[] = prepared.map(({ id, item, sealed }) => ({
        id, case_id: caseId, seq: seq++, url_key: item.key, record_sealed: sealed, operator: item.target.operator, site_type: item.target.siteType,
        source: item.source, source_ref: item.sourceRef, created_at: at, updated_at: at, ...clearColumnsOf(item.record.events),
      }));
      for (let i = 0; i < rows.length; i += 100) await trx.insertInto('case_targets').values(rows.slice(i, i + 100)).execute();
      await insertTargetHosts(trx, hosts); // the platforms' inbox finds a target by its host
      return rows.map((r, i) => ({
        id: r.id, caseId, seq: r.seq, operator: r.operator, siteType: r.site_type, status: r.status, source: r.source,
        sourceRef: r.source_ref, createdAt: at, record: prepared[i]?.item.record ?? { url: '', host: '', events: [] },
      }));
    });
  }

  /**
   * Writes the record over the version `row` was read at (each seal has its own nonce, so the sealed
   * bytes are the version): two changes made from the same read cannot both land, one silently
   * dropping the other's event. TargetChangedError when another got there first.
   */
  async function save(row: TargetRow, record: TargetRecord, trx: Kysely<Database> = db): Promise<TargetRow> {
    const sealed = await seal(row.caseId, row.id, record);
    const clear = clearColumnsOf(record.events);
    let update = trx.updateTable('case_targets').set({ record_sealed: sealed, ...clear, updated_at: now().toISOString() }).where('id', '=', row.id).where('case_id', '=', row.caseId);
    if (row.version !== undefined) update = update.where('record_sealed', '=', row.version);
    const done = await update.executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw new TargetChangedError();
    return { ...row, status: clear.status, record, version: sealed };
  }

  async function get(caseId: string, id: string): Promise<TargetRow | undefined> {
    return (await open(await db.selectFrom('case_targets').selectAll().where('case_id', '=', caseId).where('id', '=', id).execute()))[0];
  }

  /** The record `make` makes of the current one, saved; read again and made again when another change came first. */
  async function change(row: TargetRow, make: (current: TargetRow) => TargetRecord, trx?: Kysely<Database>): Promise<TargetRow> {
    let current = row;
    for (let tries = 1; ; tries += 1) {
      try {
        return await save(current, make(current), trx);
      } catch (error) {
        if (!(error instanceof TargetChangedError) || tries >= CHANGE_TRIES) throw error;
        const fresh = await get(current.caseId, current.id);
        if (fresh === undefined) throw error;
        current = fresh;
      }
    }
  }

  return {
    open,
    /** Adds the counsellor's targets; URLs already in the case (or twice in the list) are returned, not added. */
    async createMany(caseId: string, targets: readonly NewTarget[]): Promise<{ added: TargetRow[]; alreadyInCase: string[] }> {
      const keys = await Promise.all(targets.map((t) => deps.hashes.url(t.url)));
      const have = await existingKeys(caseId, [...new Set(keys)]);
      const alreadyInCase: string[] = [];
      const fresh: { target: NewTarget; key: string; record: TargetRecord; source: 'counsellor'; sourceRef: null }[] = [];
      targets.forEach((target, i) => {
        const key = keys[i] ?? '';
        if (have.has(key)) { alreadyInCase.push(target.url); return; }
        have.add(key);
        fresh.push({ target, key, record: { url: target.url, host: target.host, events: [] }, source: 'counsellor', sourceRef: null });
      });
      return { added: fresh.length === 0 ? [] : await insert(caseId, fresh), alreadyInCase };
    },

    async list(caseId: string): Promise<TargetRow[]> {
      return open(await db.selectFrom('case_targets').selectAll().where('case_id', '=', caseId).orderBy('seq').execute());
    },

    get,

    async getMany(caseId: string, ids: readonly string[]): Promise<TargetRow[]> {
      if (ids.length === 0) return [];
      return open(await db.selectFrom('case_targets').selectAll().where('case_id', '=', caseId).where('id', 'in', [...new Set(ids)]).orderBy('seq').execute());
    },

    /** The record with one more status event (the rules of target-record.ts), saved. */
    async recordStatus(row: TargetRow, status: StatusChange, trx?: Kysely<Database>): Promise<TargetRow> {
      return change(row, (current) => withStatus(current.id, current.operator, current.record, status), trx);
    },

    save,
    change,

    /**
     * The victim's shared tracker records: a new one is added (source 'victim', source_ref its
     * locker id); one shared before has its events replaced by the ones shared now.
     */
    async upsertVictim(caseId: string, shared: readonly { ref: string; target: NewTarget; record: TargetRecord }[]): Promise<{ added: number; updated: number }> {
      const refs = shared.map((s) => s.ref);
      const rows = refs.length === 0 ? [] : await db.selectFrom('case_targets').selectAll().where('case_id', '=', caseId).where('source', '=', 'victim').where('source_ref', 'in', refs).execute();
      const byRef = new Map((await open(rows)).map((r) => [r.sourceRef ?? '', r]));
      const fresh = [];
      let updated = 0;
      for (const s of shared) {
        const old = byRef.get(s.ref);
        if (old !== undefined) {
          await change(old, (current) => ({ ...current.record, events: s.record.events, ...(s.record.method !== undefined ? { method: s.record.method } : {}) }));
          updated += 1;
        } else {
          fresh.push({ target: s.target, key: await deps.hashes.url(s.target.url), record: s.record, source: 'victim' as const, sourceRef: s.ref });
        }
      }
      if (fresh.length > 0) await insert(caseId, fresh);
      return { added: fresh.length, updated };
    },
  };
}

export type CaseTargets = ReturnType<typeof caseTargets>;
export type { TargetEvent };
