/**
 * A case's hashes in the confirmed bank (issue 14): add the items the person shared (only with the
 * `hash_protection` consent given now), list what is there with its matches and feedback, remove
 * one. Each change is a case event (`hash_protection`, its text codes only: "added: 2") and an
 * audit row with counts; the routes are in protection.routes.ts.
 */
import type { CaseProtection, ProtectedContent } from '@jikim/contracts';
import type { FastifyRequest } from 'fastify';
import { counsellorActor, type ConsoleCases } from '../../console/case-deps.js';
import type { PlatformBankStore } from '../../platform/banks/bank-store.js';
import { feedbackStore } from '../../platform/feedback/feedback-store.js';
import { DEFAULT_MAX_MEDIA_BYTES } from '../../platform/media/media-upload.js';
import { currentStaff } from '../../staff/require-staff.js';
import { StaffError } from '../../staff/staff-deps.js';
import { ConsentMissingError, hasConsent } from '../consent-state.js';
import { PROTECTION_EVENT } from './consent-withdrawal.js';
import { CONFIRMED_BANK, contentFacts } from './content-facts.js';
import { hashCaseItem, NotHashableError, type ItemSignals } from './hash-case-item.js';
import { protectedItems, type ProtectedItemRow } from './protected-items.js';

export function caseProtection(c: ConsoleCases, store: PlatformBankStore) {
  const { db, audit, now } = c.deps;
  const rows = protectedItems(db);
  const feedback = feedbackStore({ db, store, audit, now });

  async function describe(list: readonly ProtectedItemRow[]): Promise<ProtectedContent[]> {
    const ids = list.map((r) => r.contentId);
    const [facts, counts] = await Promise.all([contentFacts(db, ids), feedback.counts(ids)]);
    return list.flatMap((r) => {
      const f = facts.get(r.contentId);
      const fb = counts.get(r.contentId);
      if (!f || !fb) return [];
      return [{ contentId: r.contentId, itemId: r.itemId, kind: r.kind, signals: f.signals, matches: f.matches, feedback: { ...fb }, quarantined: f.quarantined, createdAt: r.createdAt, addedBy: r.addedBy }];
    });
  }

  /** The item's original, opened in memory; `not_hashable` for an item without one. */
  async function originalOf(caseId: string, itemId: string): Promise<Buffer> {
    const item = await c.item(caseId, itemId);
    if (item.upload !== 'complete' || !item.blobId) throw new NotHashableError('The item has no file to hash');
    // The platforms' media limit: a larger file is not read into memory at all.
    if ((item.item.file?.bytes ?? 0) > DEFAULT_MAX_MEDIA_BYTES) throw new NotHashableError('The file is larger than the media limit');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of await c.readBlob(caseId, item.blobId)) {
      size += (chunk as Buffer).length;
      if (size > DEFAULT_MAX_MEDIA_BYTES) throw new NotHashableError('The file is larger than the media limit');
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }

  return {
    async view(caseId: string): Promise<CaseProtection> {
      const consentGiven = await hasConsent(db, caseId, 'hash_protection');
      return { consentGiven, contents: await describe(await rows.list(caseId)) };
    },

    async add(caseId: string, itemIds: readonly string[], request: FastifyRequest): Promise<{ added: ProtectedContent[]; alreadyProtected: string[] }> {
      if (!(await hasConsent(db, caseId, 'hash_protection'))) throw new ConsentMissingError('hash_protection');
      const existing = new Set((await rows.list(caseId)).map((r) => r.itemId));
      const wanted = [...new Set(itemIds)];
      const alreadyProtected = wanted.filter((id) => existing.has(id));
      // Every item is hashed before anything is added: one that cannot be refuses the whole request.
      const hashed: [string, ItemSignals][] = [];
      for (const itemId of wanted.filter((id) => !existing.has(id))) hashed.push([itemId, await hashCaseItem(await originalOf(caseId, itemId))]);
      // The consent may have been withdrawn while the files were hashed.
      if (!(await hasConsent(db, caseId, 'hash_protection'))) throw new ConsentMissingError('hash_protection');
      const staffId = currentStaff(request).id;
      const made: ProtectedItemRow[] = [];
      for (const [itemId, { kind, signals }] of hashed) {
        const content = await store.addContent({ bank: CONFIRMED_BANK, origin: 'counsellor', caseId, signals, note: '' });
        const row = { contentId: content.id, itemId, kind, addedBy: staffId, createdAt: content.createdAt };
        if (await rows.insert(caseId, row)) made.push(row);
        else {
          // Added by another request meanwhile: not twice.
          await store.deleteContent(CONFIRMED_BANK, content.id);
          alreadyProtected.push(itemId);
        }
      }
      // Withdrawn while they were added: what was just added goes again (the withdrawal's own
      // removal may have run before it).
      if (!(await hasConsent(db, caseId, 'hash_protection'))) {
        await store.deleteCaseContents(caseId);
        throw new ConsentMissingError('hash_protection');
      }
      if (made.length > 0) {
        await c.events.append(caseId, { type: PROTECTION_EVENT, actor: counsellorActor(request), body: { text: `added: ${made.length}` } });
      }
      const signals = hashed.filter(([id]) => made.some((m) => m.itemId === id)).reduce((n, [, h]) => n + h.signals.length, 0);
      await c.audit(request, { action: 'case.protection.add', caseId, detail: { added: made.length, already: alreadyProtected.length, signals } });
      return { added: await describe(made), alreadyProtected };
    },

    async remove(caseId: string, contentId: number, request: FastifyRequest): Promise<number> {
      const row = await rows.get(caseId, contentId);
      if (!row) throw new StaffError(404, 'No such content in this case');
      // The row goes with the content (FK cascade).
      const removed = await store.deleteContent(CONFIRMED_BANK, contentId);
      if (removed > 0) await c.events.append(caseId, { type: PROTECTION_EVENT, actor: counsellorActor(request), body: { text: `removed: ${removed}` } });
      await c.audit(request, { action: 'case.protection.remove', caseId, detail: { removed } });
      return removed;
    },
  };
}
