/**
 * Cases for the console's tests, made with the repositories (as a help request would leave them),
 * and a counsellor's calls to the console's case routes.
 */
import { createHash } from 'node:crypto';
import type { ContactPreferences, SharedItem } from '@jikim/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { caseBlobs } from '../src/blobs/case-blobs.js';
import { caseEvents } from '../src/cases/case-events.js';
import { caseItems } from '../src/cases/case-items.js';
import { caseRepository, requestContext, type CaseRecord } from '../src/cases/case.repository.js';
import { as, type Person, type StaffTestApp } from './support/staff-app.js';

export const V1 = '/api/console/v1';

export const CONTACT: ContactPreferences = {
  name: '지영', channels: ['sms'], phone: '010-1234-5678', safeHours: 'weekdays after 7 pm', noVoicemail: true, codeWord: 'blue',
};

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A file item in the evidence bundle's shape, for these bytes. */
export function fileItem(bytes: Uint8Array, id = 'item-1', originalName = 'IMG_0001.JPG'): SharedItem['item'] {
  return {
    id, exhibitNumber: 1, kind: 'file', title: 'A screenshot', addedAt: '2026-11-30T10:00:00.000Z',
    file: { path: `files/${id}.jpg`, sha256: sha256(bytes), bytes: bytes.length, mediaType: 'image/jpeg', originalName },
    history: [{ at: '2026-11-30T10:00:00.000Z', action: 'added', summary: 'Added', actor: { kind: 'victim' } }],
  };
}

export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);

/** A help request from the locker, as intake stores it: the case, its sealed request, its items. */
export async function victimCase(
  t: StaffTestApp,
  options: { readonly message?: string; readonly items?: readonly SharedItem[]; readonly files?: readonly Buffer[] } = {},
): Promise<CaseRecord> {
  const vault = t.app.vault;
  const cases = caseRepository(t.db.kysely, t.clock.now);
  const created = await cases.create({ openedBy: 'victim_request', locale: 'ko', situation: 'dissemination' });
  const sealed = await vault.sealCaseField(created.id, JSON.stringify({ contact: CONTACT, message: options.message ?? '도와주세요' }), requestContext(created.id));
  await cases.update(created.id, { requestSealed: sealed });
  await caseEvents(t.db.kysely, vault, t.clock.now).append(created.id, { type: 'requested', actor: { kind: 'victim' } });
  const items = caseItems(t.db.kysely, vault, t.clock.now);
  const blobs = caseBlobs({ db: t.db.kysely, vault, store: t.app.blobs, now: t.clock.now });
  for (const [i, shared] of (options.items ?? []).entries()) {
    const added = await items.add(created.id, { item: shared.item, addedBy: 'victim', upload: shared.item.file ? 'pending' : 'none' });
    if (shared.thumbnail) await items.setThumbnail(created.id, added.id, (await blobs.store(created.id, [Buffer.from(shared.thumbnail.base64, 'base64')])).id);
    const file = options.files?.[i];
    if (file) await items.setUpload(created.id, added.id, 'complete', (await blobs.store(created.id, [file])).id);
  }
  t.clock.advance(1_000);
  return (await cases.get(created.id)) ?? created;
}

/** What withdrawal leaves: the key destroyed, blobs and contents gone, the row closed and marked. */
export async function withdraw(t: StaffTestApp, caseId: string): Promise<void> {
  await t.app.vault.destroyCaseKey(caseId);
  await t.app.blobs.deleteCase(caseId);
  await t.db.kysely.deleteFrom('blobs').where('case_id', '=', caseId).execute();
  await t.db.kysely.deleteFrom('case_items').where('case_id', '=', caseId).execute();
  await t.db.kysely.deleteFrom('case_events').where('case_id', '=', caseId).execute();
  await caseRepository(t.db.kysely, t.clock.now).update(caseId, { status: 'closed', withdrawnAt: t.clock.now().toISOString() });
}

export function call(t: StaffTestApp, person: Person | undefined, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object): Promise<LightMyRequestResponse> {
  return t.app.inject({ method, url, headers: as(person, method), ...(payload ? { payload } : {}) });
}

export async function auditRows(t: StaffTestApp, action: string) {
  return t.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();
}
