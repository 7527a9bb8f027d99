/**
 * The victim's side of the case's takedowns (code + PIN): the status view (every target of the case
 * with who did what — you, the centre, the platform — never a staff name), and the locker tracker's
 * records the person chooses to share, kept as victim-source targets classified by host. A record
 * shared again replaces the events of the one shared before (its locker id is the link); the
 * events are replayed through the takedown rules of @jikim/case, so a shared history is a valid one.
 */
import { checkedWebUrl, classifyUrl, newTakedown, recordStatus, VICTIM, type TakedownRequest } from '@jikim/case';
import type { VictimTakedown, victimTakedownsRequestSchema } from '@jikim/contracts';
import type * as z from 'zod';
import { caseRepository } from '../cases/case.repository.js';
import { caseEvents } from '../cases/case-events.js';
import { HelpError, type HelpDeps } from '../help/help-deps.js';
import { afterWrite } from '../help/withdraw-case.js';
import { createKeyedHash } from '../vault/keyed-hash.js';
import { centreOperators, forClassify, type Locale } from './operators.js';
import type { TargetRecord } from './target-record.js';
import { victimTakedownOf } from './target-views.js';
import { caseTargets } from './targets.repository.js';
import { addressesText } from './targets.routes.js';

type Shared = z.output<typeof victimTakedownsRequestSchema>['takedowns'][number];

function targetsOf(deps: HelpDeps) {
  return caseTargets({ db: deps.db, vault: deps.vault, hashes: createKeyedHash(deps.vault), now: deps.now });
}

/** The case's targets as the person sees them, names in the case's language. */
export async function victimTakedowns(deps: HelpDeps, caseId: string, locale: Locale): Promise<VictimTakedown[]> {
  const rows = await targetsOf(deps).list(caseId);
  const centre = await centreOperators(deps.db, deps.now).byKeys(rows.map((r) => r.operator));
  return rows.map((r) => victimTakedownOf(r, locale, centre));
}

function replay(shared: Shared, url: string): TakedownRequest {
  const [first, ...rest] = shared.events;
  if (first?.status !== 'requested') throw new HelpError(400, 'A shared record starts with its request');
  let request = newTakedown({
    id: shared.id, url, channel: shared.channel.trim() || 'other', method: shared.method, reportedAt: new Date(first.at), by: VICTIM,
    ...(first.reference !== undefined ? { reference: first.reference } : {}), ...(first.response !== undefined ? { response: first.response } : {}),
  });
  for (const e of rest) {
    request = recordStatus(request, e.status, new Date(e.at), VICTIM, { ...(e.reference !== undefined ? { reference: e.reference } : {}), ...(e.response !== undefined ? { response: e.response } : {}) });
  }
  return request;
}

/** Keeps the shared tracker records; answers how many were new and how many replaced. */
export async function shareVictimTakedowns(deps: HelpDeps, caseId: string, takedowns: readonly Shared[]): Promise<{ added: number; updated: number }> {
  const found = await caseRepository(deps.db, deps.now).get(caseId);
  if (!found || found.withdrawnAt) throw new HelpError(401, 'Wrong code or PIN');
  const centre = forClassify(await centreOperators(deps.db, deps.now).list());
  const shared = takedowns.map((t) => {
    const url = checkedWebUrl(t.url.trim());
    const cls = classifyUrl(url, centre);
    const request = replay(t, url);
    const record: TargetRecord = {
      url, host: cls.host, method: t.method,
      events: request.events.map((e) => ({ at: e.at, status: e.status, actor: { kind: 'victim' as const }, ...(e.reference !== undefined ? { reference: e.reference } : {}), ...(e.response !== undefined ? { response: e.response } : {}) })),
    };
    return { ref: t.id, target: { url, host: cls.host, operator: cls.operator, siteType: cls.siteType }, record };
  });
  const result = await targetsOf(deps).upsertVictim(caseId, shared);
  if (result.added > 0) await caseEvents(deps.db, deps.vault, deps.now).append(caseId, { type: 'targets_added', actor: { kind: 'victim' }, body: { text: addressesText(result.added) } });
  await afterWrite(deps, caseId);
  await deps.audit.append({ actor: { kind: 'victim' }, action: 'help.takedowns', caseId, detail: result });
  return result;
}
