/**
 * The deletion-request inbox (issue 14): the targets of counsellors' cases whose host is one of a
 * platform's registered domains or under one, that someone has asked about (never `found`), whose
 * case stands and whose person's consent to write to operators stands now (consent-state.ts). An
 * answer is a takedown event from the site (the key, with the platform's name), under the takedown
 * rules of @jikim/case; the case's history records it as the system's, naming the site.
 */
import { platform, type TakedownStatus } from '@jikim/case';
import { INBOX_OPEN_STATUSES, type InboxAnswer, type InboxRequest } from '@jikim/contracts';
import type { Kysely } from 'kysely';
import { caseEvents } from '../../cases/case-events.js';
import { currentConsents } from '../../case-work/consent-state.js';
import { withStatus } from '../../case-work/target-record.js';
import { caseTargets, type TargetRow } from '../../case-work/targets.repository.js';
import type { Database } from '../../db/schema.js';
import type { KeyedHash } from '../../vault/keyed-hash.js';
import type { KeyVault } from '../../vault/vault.js';
import type { PlatformCaller } from '../platform-ports.js';
import { domainKeys } from './inbox-hosts.js';

const ASKED = ['requested', 'acknowledged', 'removed', 'refused', 'reappeared'] as const;
const STATUS_OF: Readonly<Record<InboxAnswer['action'], TakedownStatus>> = { acknowledge: 'acknowledged', removed: 'removed', refused: 'refused' };

export interface InboxDeps {
  readonly db: Kysely<Database>;
  readonly vault: KeyVault;
  readonly hashes: KeyedHash;
  readonly now: () => Date;
}

export function inboxStore(deps: InboxDeps) {
  const targets = caseTargets(deps);

  async function hostKeys(platformId: string): Promise<string[]> {
    const row = await deps.db.selectFrom('platforms').select('domains').where('id', '=', platformId).executeTakeFirst();
    const domains = row === undefined ? [] : (JSON.parse(row.domains) as unknown);
    return Array.isArray(domains) ? domainKeys(deps.hashes, domains.filter((d): d is string => typeof d === 'string')) : [];
  }

  /** Candidate rows in id order after `after` (host, status and a standing case; consent is checked after). */
  function candidates(keys: readonly string[], statuses: readonly string[], options: { after?: string; id?: string; limit: number }) {
    let query = deps.db.selectFrom('case_targets as t').innerJoin('cases as c', 'c.id', 't.case_id').selectAll('t')
      .where('c.withdrawn_at', 'is', null).where('t.status', 'in', statuses as readonly TargetRow['status'][])
      .where((eb) => eb.exists(eb.selectFrom('case_target_hosts as h').select('h.target_id').whereRef('h.target_id', '=', 't.id').where('h.host_key', 'in', keys)));
    if (options.id !== undefined) query = query.where('t.id', '=', options.id);
    if (options.after !== undefined) query = query.where('t.id', '>', options.after);
    return query.orderBy('t.id').limit(options.limit).execute();
  }

  /** Keeps the rows whose case's person agrees now to operators being written to (one read per case). */
  async function consenting<T extends { case_id: string }>(rows: readonly T[], memo: Map<string, boolean>): Promise<T[]> {
    for (const caseId of new Set(rows.map((r) => r.case_id))) {
      if (!memo.has(caseId)) memo.set(caseId, (await currentConsents(deps.db, caseId)).write_to_operators === true);
    }
    return rows.filter((r) => memo.get(r.case_id) === true);
  }

  /** The target if it is in this platform's inbox now; otherwise undefined (never says why). */
  async function find(caller: PlatformCaller, id: string): Promise<TargetRow | undefined> {
    const keys = await hostKeys(caller.platformId);
    if (keys.length === 0) return undefined;
    const rows = await consenting(await candidates(keys, ASKED, { id, limit: 1 }), new Map());
    return (await targets.open(rows))[0];
  }

  return {
    /** A page in id order; `after` is the last id of the page before. */
    async list(caller: PlatformCaller, options: { readonly status: 'open' | 'all'; readonly after?: string | undefined; readonly limit: number }): Promise<{ items: InboxRequest[]; next: string | null }> {
      const keys = await hostKeys(caller.platformId);
      if (keys.length === 0) return { items: [], next: null };
      const statuses = options.status === 'open' ? INBOX_OPEN_STATUSES : ASKED;
      const memo = new Map<string, boolean>();
      const kept: TargetRow[] = [];
      let after = options.after;
      // Rows whose consent is withdrawn are skipped, so a page may need more than one read.
      for (;;) {
        const rows = await candidates(keys, statuses, { ...(after !== undefined ? { after } : {}), limit: options.limit + 1 });
        kept.push(...(await targets.open(await consenting(rows, memo))));
        after = rows.at(-1)?.id;
        if (kept.length > options.limit || rows.length <= options.limit) break;
      }
      const page = kept.slice(0, options.limit);
      return { items: page.map(requestOf), next: kept.length > options.limit ? page.at(-1)?.id ?? null : null };
    },

    find,

    /** The answer recorded (TakedownHistoryError when the rules refuse the move); undefined when not in the inbox. */
    async answer(caller: PlatformCaller, id: string, answer: InboxAnswer): Promise<InboxRequest | undefined> {
      const row = await find(caller, id);
      if (row === undefined) return undefined;
      const status = STATUS_OF[answer.action];
      const at = deps.now();
      // Made again from the record as it is if another answer or a counsellor changed it meanwhile.
      const saved = await targets.change(row, (current) => {
        const next = withStatus(current.id, current.operator, current.record, { status, at, by: platform(caller.keyId), reference: answer.reference, response: answer.reason });
        // The site by its name, as the person and the centre know it (the key id alone says nothing to them).
        const events = next.events.map((e, i) => (i === next.events.length - 1 && e.actor.kind === 'platform' ? { ...e, actor: { ...e.actor, name: caller.platformName } } : e));
        return { ...next, events };
      });
      await caseEvents(deps.db, deps.vault, deps.now).append(row.caseId, { type: 'target_status', actor: { kind: 'system' }, body: { status, text: caller.platformName } });
      return requestOf(saved);
    },
  };
}

export type InboxStore = ReturnType<typeof inboxStore>;

function requestOf(row: TargetRow): InboxRequest {
  const events = row.record.events;
  const first = events.find((e) => e.status === 'requested') ?? events[0];
  return {
    id: row.id, url: row.record.url, status: row.status === 'found' ? 'requested' : row.status,
    requested_at: first?.at ?? row.createdAt, updated_at: events.at(-1)?.at ?? row.createdAt,
  };
}
