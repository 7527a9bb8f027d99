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

const KEYS_PER_QUERY = 500;

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
        sourceRef: r.source_ref, createdAt: r.created_at, record: JSON.parse(text) as TargetRecord,
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

  async function save(row: TargetRow, record: TargetRecord, trx: Kysely<Database> = db): Promise<TargetRow> {
    const sealed = await seal(row.caseId, row.id, record);
    const clear = clearColumnsOf(record.events);
    await trx.updateTable('case_targets').set({ record_sealed: sealed, ...clear, updated_at: now().toISOString() }).where('id', '=', row.id).where('case_id', '=', row.caseId).execute();
    return { ...row, status: clear.status, record };
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

    async get(caseId: string, id: string): Promise<TargetRow | undefined> {
      return (await open(await db.selectFrom('case_targets').selectAll().where('case_id', '=', caseId).where('id', '=', id).execute()))[0];
    },

    async getMany(caseId: string, ids: readonly string[]): Promise<TargetRow[]> {
      if (ids.length === 0) return [];
      return open(await db.selectFrom('case_targets').selectAll().where('case_id', '=', caseId).where('id', 'in', [...new Set(ids)]).orderBy('seq').execute());
    },

    /** The record with one more status event (the rules of target-record.ts), saved. */
    async recordStatus(row: TargetRow, change: StatusChange, trx?: Kysely<Database>): Promise<TargetRow> {
      return save(row, withStatus(row.id, row.operator, row.record, change), trx);
    },

    save,

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
          await save(old, { ...old.record, events: s.record.events, ...(s.record.method !== undefined ? { method: s.record.method } : {}) });
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
