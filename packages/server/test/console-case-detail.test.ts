/** One case in the console: what it shows, what a withdrawn case still shows, thumbnails' headers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sniffImage } from '../src/console/sniff-image.js';
import { auditRows, call, CONTACT, fileItem, JPEG, V1, victimCase, withdraw } from './console-case-fixtures.js';
import { TEST_DATABASES } from './support/databases.js';
import { createStaffTestApp, type Person, type StaffTestApp } from './support/staff-app.js';

describe('thumbnail types', () => {
  it('are sniffed from the first bytes among JPEG, PNG and WebP only', () => {
    expect(sniffImage(JPEG)).toBe('image/jpeg');
    expect(sniffImage(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffImage(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'))).toBe('image/webp');
    expect(sniffImage(Buffer.from('<svg onload="alert(1)">'))).toBe('application/octet-stream');
    expect(sniffImage(Buffer.from('GIF89a'))).toBe('application/octet-stream');
    expect(sniffImage(Buffer.alloc(0))).toBe('application/octet-stream');
  });
});

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`console case detail on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let me: Person;
    beforeAll(async () => {
      t = await createStaffTestApp(testDb);
      me = await t.person('counsellor');
    });
    afterAll(() => t.close());

    it('shows the request, the items (no thumbnail bytes) and the history, and audits the view', async () => {
      const bytes = Buffer.from('evidence bytes');
      const c = await victimCase(t, {
        message: '제 사진이 퍼졌어요',
        items: [{ item: fileItem(bytes), thumbnail: { mediaType: 'image/jpeg', base64: JPEG.toString('base64') } }],
      });
      const response = await call(t, me, 'GET', `${V1}/cases/${c.id}`);
      expect(response.statusCode).toBe(200);
      const detail = response.json();
      expect(detail.summary).toMatchObject({ id: c.id, status: 'new', contact: CONTACT, items: 1 });
      expect(detail.locale).toBe('ko');
      expect(detail.message).toBe('제 사진이 퍼졌어요');
      expect(detail.items).toEqual([{
        item: fileItem(bytes), itemId: expect.any(String), addedBy: 'victim', addedAt: expect.any(String), upload: 'pending', hasThumbnail: true,
      }]);
      expect(JSON.stringify(detail)).not.toContain(JPEG.toString('base64'));
      expect(detail.events).toEqual([{ id: expect.any(String), at: expect.any(String), type: 'requested', actor: { kind: 'victim' }, text: '' }]);
      expect((await auditRows(t, 'case.view')).at(-1)).toMatchObject({ actor_id: me.id, case_id: c.id, detail: '{}' });
    });

    it('names the counsellor behind an event', async () => {
      const c = await victimCase(t);
      await call(t, me, 'POST', `${V1}/cases/${c.id}/notes`, { text: 'called back' });
      const events = (await call(t, me, 'GET', `${V1}/cases/${c.id}`)).json().events;
      expect(events.at(-1)).toMatchObject({ type: 'note', text: 'called back', actor: { kind: 'counsellor', staffId: me.id, name: '김지킴 Kim' } });
    });

    it('serves a thumbnail as sandboxed image bytes, auditing a session’s look at a case once', async () => {
      const c = await victimCase(t, { items: [
        { item: fileItem(Buffer.from('one'), 'one'), thumbnail: { mediaType: 'image/jpeg', base64: JPEG.toString('base64') } },
        { item: fileItem(Buffer.from('two'), 'two'), thumbnail: { mediaType: 'image/png', base64: Buffer.from('<html>').toString('base64') } },
      ] });
      const items = (await call(t, me, 'GET', `${V1}/cases/${c.id}`)).json().items as { itemId: string }[];
      const first = await call(t, me, 'GET', `${V1}/cases/${c.id}/items/${items[0]?.itemId}/thumbnail`);
      expect(first.statusCode).toBe(200);
      expect(first.rawPayload).toEqual(JPEG);
      expect(first.headers).toMatchObject({
        'content-type': 'image/jpeg', 'x-content-type-options': 'nosniff', 'content-security-policy': "sandbox; default-src 'none'",
        'cache-control': 'no-store', 'content-disposition': 'inline',
      });
      const second = await call(t, me, 'GET', `${V1}/cases/${c.id}/items/${items[1]?.itemId}/thumbnail`);
      expect(second.headers['content-type']).toBe('application/octet-stream');
      expect((await auditRows(t, 'case.thumbnails.view')).filter((r) => r.case_id === c.id)).toHaveLength(1);
      t.clock.advance(11 * 60_000);
      await call(t, me, 'GET', `${V1}/cases/${c.id}/items/${items[0]?.itemId}/thumbnail`);
      expect((await auditRows(t, 'case.thumbnails.view')).filter((r) => r.case_id === c.id)).toHaveLength(2);
    });

    it('answers 404 for a case or thumbnail that is not there', async () => {
      expect((await call(t, me, 'GET', `${V1}/cases/0000000000000000`)).statusCode).toBe(404);
      const c = await victimCase(t, { items: [{ item: fileItem(Buffer.from('x')) }] });
      const [item] = (await call(t, me, 'GET', `${V1}/cases/${c.id}`)).json().items as { itemId: string }[];
      expect((await call(t, me, 'GET', `${V1}/cases/${c.id}/items/${item?.itemId}/thumbnail`)).statusCode).toBe(404);
      expect((await call(t, me, 'GET', `${V1}/cases/${c.id}/items/nope/thumbnail`)).statusCode).toBe(404);
    });

    it('shows a withdrawn case’s row only, and takes nothing more for it', async () => {
      const c = await victimCase(t, { items: [{ item: fileItem(Buffer.from('x')) }] });
      await withdraw(t, c.id);
      const response = await call(t, me, 'GET', `${V1}/cases/${c.id}`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        summary: expect.objectContaining({ id: c.id, status: 'closed', withdrawnAt: expect.any(String), contact: null, items: 0 }),
        locale: 'ko', message: '', items: [], events: [],
      });
      expect((await call(t, me, 'POST', `${V1}/cases/${c.id}/notes`, { text: 'x' })).statusCode).toBe(410);
      expect(await t.db.kysely.selectFrom('data_keys').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
    });
  });
}
