import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CASE_CODE_HEADER, CASE_PIN_HEADER, type PowChallenge } from '@jikim/contracts';
import { describe, expect, it } from 'vitest';
import { caseBlobs } from '../src/blobs/case-blobs.js';
import { createFileBlobStore } from '../src/blobs/file-blob-store.js';
import { createDb } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { newMasterKey, writeMasterKeyFile } from '../src/vault/master-key-file.js';
import { createVault } from '../src/vault/vault.js';
import { TEST_DATABASES } from './support/databases.js';
import { fileItem, helpRequest, solve, writeSiteFixture, type Opened } from './help-app.js';
import { filesUnder, killed, limited, request, start } from './help-http.js';

const SIZE = 300 * 1024 * 1024;
const MIB = 1024 * 1024;
const PATCH_BYTES = 16 * MIB;

/** Fast deterministic bytes (AES-CTR of zeros) with the canary at the start of every MiB. */
function* content(seed: string, canary: Buffer, from = 0): Generator<Buffer> {
  const cipher = createCipheriv('aes-256-ctr', createHash('sha256').update(seed).digest(), Buffer.alloc(16));
  for (let offset = 0; offset < SIZE; offset += MIB) {
    const piece = cipher.update(Buffer.alloc(Math.min(MIB, SIZE - offset)));
    canary.copy(piece, 0);
    if (offset + piece.length > from) yield piece.subarray(Math.max(0, from - offset));
  }
}

// One file for both databases, hashed once.
const seed = randomBytes(8).toString('hex');
const canary = Buffer.from(`JIKIM-CANARY-${randomBytes(12).toString('hex')}`);
const sha256 = (() => {
  const hash = createHash('sha256');
  for (const piece of content(seed, canary)) hash.update(piece);
  return hash.digest('hex');
})();

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`a 300 MB upload killed with SIGKILL on ${testDb.name}`, () => {
    it('resumes after a restart from the sealed offset, verifies, and never leaves the plaintext on disk', async () => {
      const { database, drop } = await testDb.create();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-help-kill-'));
      writeMasterKeyFile(path.join(dir, 'master.key'), newMasterKey(1));
      writeSiteFixture(dir);
      const db = createDb(database);
      await migrateToLatest(db);
      let server = await start(database, dir);
      try {
        const item = fileItem(Buffer.alloc(0));
        if (item.item.file) Object.assign(item.item.file, { sha256, bytes: SIZE });

        const challenge = JSON.parse((await request(server.port, 'GET', '/api/help/v1/challenge', {})).text) as PowChallenge;
        const body = Buffer.from(JSON.stringify(helpRequest(solve(challenge), [item])));
        const opened = JSON.parse((await request(server.port, 'POST', '/api/help/v1/requests', { 'content-type': 'application/json' }, [body])).text) as Opened;
        const itemId = opened.uploads[0]?.itemId ?? '';
        const auth = { [CASE_CODE_HEADER]: opened.caseCode, [CASE_PIN_HEADER]: opened.pin, 'tus-resumable': '1.0.0' };
        const created = await request(server.port, 'POST', '/api/help/v1/uploads', {
          ...auth, 'upload-length': String(SIZE), 'upload-metadata': `itemId ${Buffer.from(itemId).toString('base64')}`,
        });
        expect(created.status).toBe(201);
        const location = String(created.headers.location);
        const patchFrom = (port: number, offset: number, bytes: number, onWritten?: (n: number) => boolean) =>
          request(port, 'PATCH', location, {
            ...auth, 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream', 'content-length': String(bytes),
          }, limited(content(seed, canary, offset), bytes), onWritten);

        // Acknowledged PATCHes up to about half, then one cut off by SIGKILL mid-body.
        let acked = 0;
        while (acked < SIZE / 2) {
          const answer = await patchFrom(server.port, acked, PATCH_BYTES);
          expect(answer.status).toBe(204);
          acked = Number(answer.headers['upload-offset']);
        }
        const dying = server.proc;
        const cut = patchFrom(server.port, acked, PATCH_BYTES, (n) => {
          if (n >= 6 * MIB) void killed(dying);
          return n < 6 * MIB;
        }).catch(() => undefined);
        await new Promise<void>((resolve) => dying.once('exit', () => resolve()));
        await cut;

        // Paused halfway: the canary is in no file of the blob directory or the database.
        const files = [...filesUnder(path.join(dir, 'blobs')), ...(database.dialect === 'sqlite' ? filesUnder(path.dirname(database.file)) : [])];
        expect(files.some((f) => f.endsWith('.part'))).toBe(true);
        for (const file of files) expect(fs.readFileSync(file).indexOf(canary), file).toBe(-1);

        // Restart: HEAD gives the sealed offset (at least what was acknowledged), the rest goes up.
        server = await start(database, dir);
        const at = await request(server.port, 'HEAD', location, auth);
        expect(at.status).toBe(200);
        let offset = Number(at.headers['upload-offset']);
        expect(offset).toBeGreaterThanOrEqual(acked);
        expect(offset).toBeLessThanOrEqual(acked + 6 * MIB);
        while (offset < SIZE) {
          const answer = await patchFrom(server.port, offset, Math.min(PATCH_BYTES * 4, SIZE - offset));
          expect(answer.status).toBe(204);
          offset = Number(answer.headers['upload-offset']);
        }
        const status = JSON.parse((await request(server.port, 'GET', '/api/help/v1/case', auth)).text) as { items: { upload: string }[] };
        expect(status.items[0]?.upload).toBe('complete');

        // Complete means the digest the store kept across the restart equalled the item's: listed, sealed.
        const row = await db.kysely.selectFrom('case_items').select(['case_id', 'blob_id']).where('id', '=', itemId).executeTakeFirstOrThrow();
        const vault = createVault(db, { masterKeyFile: path.join(dir, 'master.key') });
        const [listed] = await caseBlobs({ db: db.kysely, vault, store: createFileBlobStore({ dir: path.join(dir, 'blobs'), vault }) }).list(row.case_id)
          .then((blobs) => blobs.filter((b) => b.id === row.blob_id));
        expect(listed).toMatchObject({ size: SIZE, sha256 });
      } finally {
        await killed(server.proc).catch(() => undefined);
        await db.close();
        await drop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }, 180_000);
  });
}
