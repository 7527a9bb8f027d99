/**
 * A help request from the locker: proof of work, intake limits, then the case with its sealed
 * request, its code and PIN, a `requested` event, the shared items and their thumbnails. The
 * writes span the database, the vault and the blob store, so they cannot be one transaction: if
 * any step fails, the half-made case is destroyed (key, blobs, rows) before the error goes on.
 */
import type { HelpRequestResponse } from '@jikim/contracts';
import type { helpRequestSchema } from '@jikim/contracts';
import type * as z from 'zod';
import { caseEvents } from '../cases/case-events.js';
import { caseRepository, requestContext } from '../cases/case.repository.js';
import { destroyCase } from '../retention/case-destruction.js';
import { grantAccess, newCaseCode, newCasePin } from './case-access.js';
import { UPLOAD_PATH, type HelpDeps } from './help-deps.js';
import { addressKey, intakeLimits } from './intake-limits.js';
import { proofOfWork } from './pow.js';
import { addSharedItems, checkSharedItems } from './shared-items.js';

export async function createHelpRequest(deps: HelpDeps, body: z.infer<typeof helpRequestSchema>, ip: string): Promise<HelpRequestResponse> {
  const thumbnails = checkSharedItems(body.items);
  await proofOfWork(deps).spend(body.pow);
  await intakeLimits(deps).request(await addressKey(deps, ip));

  const created = await caseRepository(deps.db, deps.now).create({ openedBy: 'victim_request', locale: body.locale, situation: body.situation });
  const caseId = created.id;
  try {
    const code = newCaseCode();
    const pin = newCasePin();
    const sealed = await deps.vault.sealCaseField(caseId, JSON.stringify({ contact: body.contact, message: body.message }), requestContext(caseId));
    await caseRepository(deps.db, deps.now).update(caseId, { requestSealed: sealed });
    await grantAccess(deps, deps.db, caseId, code, pin);
    await caseEvents(deps.db, deps.vault, deps.now).append(caseId, { type: 'requested', actor: { kind: 'victim' } });
    const uploads = await addSharedItems(deps, deps.db, caseId, body.items, thumbnails);
    await deps.audit.append({
      actor: { kind: 'victim' }, action: 'help.request', caseId,
      detail: { items: body.items.length, files: uploads.length, thumbnails: thumbnails.filter(Boolean).length },
    });
    return { caseCode: code, pin, uploadPath: UPLOAD_PATH, uploads };
  } catch (error) {
    await destroyCase({ db: deps.db, vault: deps.vault, blobs: deps.blobs, audit: deps.audit, banks: deps.banks }, caseId, { kind: 'system' }, { cause: 'help_request_failed' })
      .catch(() => undefined);
    throw error;
  }
}
