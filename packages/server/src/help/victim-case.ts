/**
 * What the person can see and do with their code and PIN: the status of their case, their items,
 * the messages both ways; write to the centre; share more items. Never staff names or ids, notes
 * or any other internal event.
 */
import type { HelpStatus, SharedItem } from '@jikim/contracts';
import { HELP_LIMITS } from '@jikim/contracts';
import { consentsSince, currentConsents } from '../case-work/consent-state.js';
import { victimTakedowns } from '../case-work/victim-takedowns.js';
import { caseEvents } from '../cases/case-events.js';
import { caseItems } from '../cases/case-items.js';
import { caseRepository, type CaseStatus } from '../cases/case.repository.js';
import { HelpError, type HelpDeps } from './help-deps.js';
import { addSharedItems, checkSharedItems, type PendingUpload } from './shared-items.js';
import { afterWrite } from './withdraw-case.js';

const STATUS: Readonly<Record<CaseStatus, HelpStatus['status']>> = {
  new: 'received', assigned: 'in_progress', waiting: 'waiting_for_you', closed: 'closed',
};

export const MESSAGE_TYPES = { toVictim: 'message_to_victim', fromVictim: 'message_from_victim' } as const;

/** At most this many items in one case, however many times the person adds some. */
export const MAX_ITEMS_PER_CASE = 200;

async function openCase(deps: HelpDeps, caseId: string) {
  const found = await caseRepository(deps.db, deps.now).get(caseId);
  // Authentication refuses withdrawn cases; one withdrawn meanwhile is refused the same way.
  if (!found || found.withdrawnAt) throw new HelpError(401, 'Wrong code or PIN');
  return found;
}

export function victimCase(deps: HelpDeps) {
  const items = caseItems(deps.db, deps.vault, deps.now);
  const events = caseEvents(deps.db, deps.vault, deps.now);

  return {
    /** `locale`: the language the person reads it in (site names); the request's when absent. */
    async status(caseId: string, locale?: 'ko' | 'en'): Promise<HelpStatus> {
      const found = await openCase(deps, caseId);
      const messages = await events.list(caseId, { types: [MESSAGE_TYPES.toVictim, MESSAGE_TYPES.fromVictim] });
      return {
        status: STATUS[found.status],
        createdAt: found.createdAt,
        items: (await items.list(caseId)).map((r) => ({
          itemId: r.id,
          kind: r.kind,
          title: r.item.title,
          ...(r.upload !== 'none' ? { upload: r.upload } : {}),
          ...(r.item.file ? { sha256: r.item.file.sha256, bytes: r.item.file.bytes } : {}),
        })),
        messages: messages.map((e) => ({
          id: e.id, at: e.at, from: e.type === MESSAGE_TYPES.fromVictim ? 'you' as const : 'centre' as const, text: e.body.text ?? '',
        })),
        takedowns: await victimTakedowns(deps, caseId, locale ?? found.locale),
        consents: await currentConsents(deps.db, caseId),
        consentsSince: await consentsSince(deps.db, caseId),
      };
    },

    async message(caseId: string, text: string): Promise<{ id: string; at: string }> {
      const found = await openCase(deps, caseId);
      const event = await events.append(caseId, { type: MESSAGE_TYPES.fromVictim, actor: { kind: 'victim' }, body: { text } });
      if (found.status === 'waiting') {
        const status = found.assignedStaffId ? 'assigned' : 'new';
        await caseRepository(deps.db, deps.now).update(caseId, { status });
        // The case's history says why it left "waiting": the person answered.
        await events.append(caseId, { type: 'status', actor: { kind: 'system' }, body: { status } });
      }
      await afterWrite(deps, caseId);
      await deps.audit.append({ actor: { kind: 'victim' }, action: 'help.message', caseId, detail: { chars: text.length } });
      return { id: event.id, at: event.at };
    },

    async addItems(caseId: string, shared: readonly SharedItem[]): Promise<PendingUpload[]> {
      const thumbnails = checkSharedItems(shared);
      const found = await openCase(deps, caseId);
      if (found.status === 'closed') throw new HelpError(409, 'The case is closed');
      const have = (await items.countByCase([caseId])).get(caseId) ?? 0;
      if (have + shared.length > Math.max(MAX_ITEMS_PER_CASE, HELP_LIMITS.items)) throw new HelpError(413, 'Too many items in this case');
      const uploads = await addSharedItems(deps, deps.db, caseId, shared, thumbnails, async (itemId) => {
        await events.append(caseId, { type: 'item_added', actor: { kind: 'victim' }, body: { itemId } });
      });
      await afterWrite(deps, caseId);
      await deps.audit.append({ actor: { kind: 'victim' }, action: 'help.items', caseId, detail: { items: shared.length, files: uploads.length } });
      return uploads;
    },
  };
}
