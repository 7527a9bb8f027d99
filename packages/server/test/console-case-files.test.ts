/** A counsellor opens a case and attaches a file (hash checked); originals open once, with a reason. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, call, CONTACT, fileItem, JPEG, V1, victimCase } from './console-case-fixtures.js';
import { TEST_DATABASES } from './support/databases.js';
import { as, createStaffTestApp, type Person, type StaffTestApp } from './support/staff-app.js';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`console case files on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let me: Person;
    let colleague: Person;
    beforeAll(async () => {
      t = await createStaffTestApp(testDb);
      me = await t.person('counsellor');
      colleague = await t.person('counsellor');
    });
    afterAll(() => t.close());

    const put = (person: Person, url: string, bytes: Buffer) =>
      t.app.inject({ method: 'PUT', url, payload: bytes, headers: { ...as(person, 'PUT'), 'content-type': 'application/octet-stream' } });
    const blobFiles = (caseId: string) => {
      const dir = path.join(t.config.blobDir, caseId);
      return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
    };
    const openCase = async () => {
      const opened = await call(t, me, 'POST', `${V1}/cases`, { locale: 'en', contact: CONTACT, situation: 'threat', message: 'Phoned at 3 pm' });
      expect(opened.statusCode).toBe(201);
      return opened.json().id as string;
    };

    it('opens a case for someone who phoned: assigned to the caller, request sealed, event and audit', async () => {
      const id = await openCase();
      const detail = (await call(t, me, 'GET', `${V1}/cases/${id}`)).json();
      expect(detail.summary).toMatchObject({ openedBy: 'counsellor', status: 'assigned', assignedToMe: true, contact: CONTACT, situation: 'threat' });
      expect(detail).toMatchObject({ locale: 'en', message: 'Phoned at 3 pm' });
      expect(detail.events).toMatchObject([{ type: 'opened', actor: { kind: 'counsellor', staffId: me.id }, assignedStaffId: me.id }]);
      const row = await t.db.kysely.selectFrom('cases').select('request_sealed').where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.request_sealed).not.toContain('Phoned');
      expect((await auditRows(t, 'case.open')).at(-1)).toMatchObject({ case_id: id, actor_id: me.id });
      const unassigned = await call(t, me, 'POST', `${V1}/cases`, { locale: 'ko', contact: CONTACT, situation: 'unsure', assignToMe: false });
      expect((await call(t, me, 'GET', `${V1}/cases/${unassigned.json().id}`)).json().summary).toMatchObject({ status: 'new', assignedToMe: false });
    });

    it('attaches a file item, then its bytes: kept when SHA-256 and size match', async () => {
      const id = await openCase();
      const bytes = Buffer.from('the file a person brought on a USB stick');
      const attached = await call(t, me, 'POST', `${V1}/cases/${id}/items`, { item: fileItem(bytes), thumbnail: { mediaType: 'image/jpeg', base64: JPEG.toString('base64') } });
      expect(attached.statusCode).toBe(201);
      const { itemId, uploadPath } = attached.json();
      expect(uploadPath).toBe(`${V1}/cases/${id}/items/${itemId}/file`);
      let detail = (await call(t, me, 'GET', `${V1}/cases/${id}`)).json();
      expect(detail.items).toMatchObject([{ itemId, addedBy: 'counsellor', upload: 'pending', hasThumbnail: true }]);
      expect(detail.events.at(-1)).toMatchObject({ type: 'item_added', itemId });

      expect((await put(me, uploadPath, bytes)).statusCode).toBe(204);
      detail = (await call(t, me, 'GET', `${V1}/cases/${id}`)).json();
      expect(detail.items[0].upload).toBe('complete');
      expect((await put(me, uploadPath, bytes)).statusCode).toBe(409);
      const noCsrf = await t.app.inject({ method: 'PUT', url: uploadPath, payload: bytes, headers: { cookie: me.cookie, 'content-type': 'application/octet-stream' } });
      expect(noCsrf.statusCode).toBe(403);
    });

    it('refuses bytes that do not match (400 hash_mismatch) and removes them; longer bytes are a 413', async () => {
      const id = await openCase();
      const bytes = Buffer.from('what the item recorded');
      const { uploadPath } = (await call(t, me, 'POST', `${V1}/cases/${id}/items`, { item: fileItem(bytes) })).json();
      const blobsBefore = blobFiles(id).length;
      const wrong = await put(me, uploadPath, Buffer.from('what the item recorded!'.slice(0, bytes.length - 1) + '?'));
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json()).toMatchObject({ error: 'domain', code: 'hash_mismatch' });
      expect(blobFiles(id)).toHaveLength(blobsBefore);
      expect(await t.db.kysely.selectFrom('blobs').select('id').where('case_id', '=', id).execute()).toHaveLength(blobsBefore);
      const longer = await put(me, uploadPath, Buffer.concat([bytes, Buffer.from('more')]));
      expect(longer.statusCode).toBe(413);
      expect(blobFiles(id)).toHaveLength(blobsBefore);
      const json = await t.app.inject({ method: 'PUT', url: uploadPath, payload: { x: 1 }, headers: as(me, 'PUT') });
      expect(json.statusCode).toBe(415);
      expect((await call(t, me, 'GET', `${V1}/cases/${id}`)).json().items[0].upload).toBe('pending');
      expect((await put(me, uploadPath, bytes)).statusCode).toBe(204);
    });

    it('opens an original once, with the reason in the case and the audit log, as a sandboxed attachment', async () => {
      const bytes = Buffer.from('the original evidence');
      const c = await victimCase(t, { items: [{ item: fileItem(bytes, 'orig', '내 사진.JPG') }], files: [bytes] });
      const [item] = (await call(t, me, 'GET', `${V1}/cases/${c.id}`)).json().items as { itemId: string }[];
      const reason = 'Preparing the police package';
      const asked = await call(t, me, 'POST', `${V1}/cases/${c.id}/items/${item?.itemId}/original`, { reason });
      expect(asked.statusCode).toBe(200);
      const { url } = asked.json() as { url: string };
      expect(url).toMatch(/^\/api\/console\/v1\/originals\/[A-Za-z0-9_-]{43}$/);

      expect((await call(t, colleague, 'GET', url)).statusCode).toBe(404);
      const got = await call(t, me, 'GET', url);
      expect(got.statusCode).toBe(200);
      expect(got.rawPayload).toEqual(bytes);
      const victimsFile = await victimCase(t, { items: [{ item: fileItem(bytes) }] });
      const [pending] = (await call(t, me, 'GET', `${V1}/cases/${victimsFile.id}`)).json().items as { itemId: string }[];
      expect((await put(me, `${V1}/cases/${victimsFile.id}/items/${pending?.itemId}/file`, bytes)).statusCode).toBe(409);
      expect(got.headers).toMatchObject({
        'content-type': 'application/octet-stream', 'x-content-type-options': 'nosniff', 'content-security-policy': "sandbox; default-src 'none'",
        'cache-control': 'no-store', 'content-disposition': 'attachment; filename="file-2026-12-01.jpg"',
      });
      expect((await call(t, me, 'GET', url)).statusCode).toBe(404);

      const detail = (await call(t, me, 'GET', `${V1}/cases/${c.id}`)).json();
      expect(detail.events.at(-1)).toMatchObject({ type: 'original_viewed', text: reason, itemId: item?.itemId, actor: { staffId: me.id } });
      expect((await auditRows(t, 'case.original.view')).at(-1)).toMatchObject({ case_id: c.id, actor_id: me.id, reason });
      expect((await auditRows(t, 'case.original.download')).at(-1)).toMatchObject({ case_id: c.id, actor_id: me.id });
    });

    it('lets a ticket lapse after 60 seconds, and asks for a reason of five characters or more', async () => {
      const bytes = Buffer.from('x');
      const c = await victimCase(t, { items: [{ item: fileItem(bytes) }], files: [bytes] });
      const [item] = (await call(t, me, 'GET', `${V1}/cases/${c.id}`)).json().items as { itemId: string }[];
      const original = `${V1}/cases/${c.id}/items/${item?.itemId}/original`;
      expect((await call(t, me, 'POST', original, { reason: 'why' })).statusCode).toBe(400);
      const { url } = (await call(t, me, 'POST', original, { reason: 'checking the upload' })).json();
      t.clock.advance(61_000);
      expect((await call(t, me, 'GET', url)).statusCode).toBe(404);
      const pending = await victimCase(t, { items: [{ item: fileItem(bytes) }] });
      const [notYet] = (await call(t, me, 'GET', `${V1}/cases/${pending.id}`)).json().items as { itemId: string }[];
      expect((await call(t, me, 'POST', `${V1}/cases/${pending.id}/items/${notYet?.itemId}/original`, { reason: 'checking the upload' })).statusCode).toBe(409);
    });
  });
}
