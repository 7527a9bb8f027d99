import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseBlobs } from '../src/blobs/case-blobs.js';
import { caseItems } from '../src/cases/case-items.js';
import { TEST_DATABASES } from './support/databases.js';
import { asVictim, createHelpApp, fileItem, openCase, type HelpApp } from './help-app.js';
import { createUpload, head, patch } from './help-tus.js';

async function caseIdOf(t: HelpApp, itemId: string): Promise<string> {
  return (await t.db.kysely.selectFrom('case_items').select('case_id').where('id', '=', itemId).executeTakeFirstOrThrow()).case_id;
}

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`help uploads (tus) on ${testDb.name}`, () => {
    let t: HelpApp;
    beforeAll(async () => {
      t = await createHelpApp(testDb, { HELP_UPLOAD_BYTES_PER_ADDRESS_DAY: String(3 * 1024 * 1024) });
    });
    afterAll(() => t.close());

    it('takes a file in several PATCHes with a resume, checks its SHA-256 and lists it', async () => {
      const file = randomBytes(300_000);
      const o = await openCase(t.app, [fileItem(file)]);
      const itemId = o.uploads[0]?.itemId ?? '';
      const created = await createUpload(t.app, o, itemId, file.length);
      expect(created.statusCode).toBe(201);
      const location = String(created.headers.location);
      expect(location).toBe(`/api/help/v1/uploads/${itemId}`);
      expect(created.headers['access-control-allow-origin']).toBeUndefined();
      expect(created.headers['content-security-policy']).toBeDefined();

      expect((await patch(t.app, o, location, 0, file.subarray(0, 100_000))).headers['upload-offset']).toBe('100000');
      // Resume: ask where it stands, go on from there.
      const at = await head(t.app, o, location);
      expect(at.statusCode).toBe(200);
      expect(at.headers['upload-offset']).toBe('100000');
      expect(at.headers['upload-length']).toBe('300000');
      expect((await patch(t.app, o, location, 50_000, file.subarray(50_000, 60_000))).statusCode).toBe(409);
      expect((await patch(t.app, o, location, 100_000, file.subarray(100_000, 250_000))).headers['upload-offset']).toBe('250000');
      const last = await patch(t.app, o, location, 250_000, file.subarray(250_000));
      expect(last.statusCode).toBe(204);

      const caseId = await caseIdOf(t, itemId);
      const item = await caseItems(t.db.kysely, t.app.vault).get(caseId, itemId);
      expect(item?.upload).toBe('complete');
      const blobs = caseBlobs({ db: t.db.kysely, vault: t.app.vault, store: t.app.blobs });
      const listed = (await blobs.list(caseId)).find((b) => b.id === item?.blobId);
      expect(listed).toMatchObject({ size: 300_000, sha256: createHash('sha256').update(file).digest('hex') });
      const back = createHash('sha256');
      for await (const chunk of await blobs.read(caseId, item?.blobId ?? '')) back.update(chunk as Buffer);
      expect(back.digest('hex')).toBe(listed?.sha256);
      expect((await asVictim(t.app, o, 'GET', '/case')).json().items[0].upload).toBe('complete');
      // Done means done: no more bytes to it.
      expect((await head(t.app, o, location)).statusCode).toBe(404);
    });

    it('refuses a file whose bytes do not match its SHA-256 and removes them', async () => {
      const file = randomBytes(70_000);
      const o = await openCase(t.app, [fileItem(file)]);
      const itemId = o.uploads[0]?.itemId ?? '';
      const location = String((await createUpload(t.app, o, itemId, file.length)).headers.location);
      const other = Buffer.from(file);
      other[5] = (other[5] ?? 0) ^ 1;
      const answer = await patch(t.app, o, location, 0, other);
      expect(answer.statusCode).toBe(460);
      const caseId = await caseIdOf(t, itemId);
      expect((await caseItems(t.db.kysely, t.app.vault).get(caseId, itemId))).toMatchObject({ upload: 'refused', blobId: null });
      // Only the thumbnail is left.
      expect(fs.readdirSync(path.join(t.dir, 'blobs', caseId))).toEqual([`${(await caseItems(t.db.kysely, t.app.vault).get(caseId, itemId))?.thumbnailBlobId}.blob`]);
      expect(await t.db.kysely.selectFrom('blobs').select('id').where('case_id', '=', caseId).execute()).toHaveLength(1);
      expect((await asVictim(t.app, o, 'GET', '/case')).json().items[0].upload).toBe('refused');
    });

    it('refuses an upload with another case\'s code, a wrong PIN, a wrong length or no item', async () => {
      const file = randomBytes(1000);
      const a = await openCase(t.app, [fileItem(file)]);
      const b = await openCase(t.app, [fileItem(randomBytes(10))]);
      const itemA = a.uploads[0]?.itemId ?? '';
      expect((await createUpload(t.app, b, itemA, file.length)).statusCode).toBe(404);
      expect((await createUpload(t.app, { caseCode: a.caseCode, pin: b.pin }, itemA, file.length)).statusCode).toBe(401);
      expect((await createUpload(t.app, a, itemA, file.length + 1)).statusCode).toBe(400);
      expect((await createUpload(t.app, a, 'x'.repeat(22), file.length)).statusCode).toBe(404);
      const location = String((await createUpload(t.app, a, itemA, file.length)).headers.location);
      expect((await head(t.app, b, location)).statusCode).toBe(404);
      expect((await patch(t.app, b, location, 0, file)).statusCode).toBe(404);
      expect((await head(t.app, a, location)).headers['upload-offset']).toBe('0');
    });

    it('counts uploaded bytes against the address (429 past the day\'s limit)', async () => {
      const file = randomBytes(1024 * 1024);
      const o = await openCase(t.app, [fileItem(file, 'one', 1), fileItem(randomBytes(1024 * 1024), 'two', 2), fileItem(randomBytes(1024 * 1024), 'three', 3)], '10.5.0.1');
      const results: number[] = [];
      for (const upload of o.uploads) {
        const location = String((await createUpload(t.app, o, upload.itemId, upload.bytes)).headers.location);
        const answer = await t.app.inject({
          method: 'PATCH', url: location, payload: randomBytes(upload.bytes), remoteAddress: '10.5.0.1',
          headers: { 'tus-resumable': '1.0.0', 'x-jikim-case-code': o.caseCode, 'x-jikim-case-pin': o.pin, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
        });
        results.push(answer.statusCode);
      }
      // Three files of 1 MiB fill the address's 3 MiB (their bytes are random: each is refused at the end).
      expect(results).toEqual([460, 460, 460]);
      const fourth = await t.app.inject({
        method: 'PATCH', url: `/api/help/v1/uploads/${o.uploads[0]?.itemId ?? ''}`, payload: Buffer.alloc(10), remoteAddress: '10.5.0.1',
        headers: { 'tus-resumable': '1.0.0', 'x-jikim-case-code': o.caseCode, 'x-jikim-case-pin': o.pin, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
      });
      expect(fourth.statusCode).toBe(429);
    });
  });
}
