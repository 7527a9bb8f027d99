import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEADER_BYTES, RECORD_HEADER_BYTES, RECORD_PLAINTEXT_MAX, TAG_BYTES } from '../src/blobs/blob-format.js';
import { BlobIntegrityError, BlobNotFoundError, type BlobStore } from '../src/blobs/blob-store-port.js';
import { caseBlobs } from '../src/blobs/case-blobs.js';
import { createFileBlobStore } from '../src/blobs/file-blob-store.js';
import { caseRepository } from '../src/cases/case.repository.js';
import { VaultError } from '../src/vault/aead.js';
import { TEST_DATABASES } from './support/databases.js';
import { createVaultFixture, type VaultFixture } from './support/vault-fixture.js';

const RECORD = RECORD_HEADER_BYTES + RECORD_PLAINTEXT_MAX + TAG_BYTES;

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Yields `bytes` in pieces of uneven sizes, as a network would. */
function* pieces(bytes: Buffer): Generator<Buffer> {
  const sizes = [1, 1000, 70_000, 3, 65_536, 12_345];
  for (let offset = 0, i = 0; offset < bytes.length; i += 1) {
    const size = sizes[i % sizes.length] ?? 1;
    yield bytes.subarray(offset, offset + size);
    offset += size;
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`blob store on ${testDb.name}`, () => {
    let f: VaultFixture;
    let store: BlobStore;
    let caseId: string;
    let otherCaseId: string;
    beforeEach(async () => {
      f = await createVaultFixture(testDb);
      store = createFileBlobStore({ dir: f.blobDir, vault: f.vault });
      const cases = caseRepository(f.db.kysely);
      caseId = (await cases.create({ openedBy: 'victim_request' })).id;
      otherCaseId = (await cases.create({ openedBy: 'counsellor' })).id;
    });
    afterEach(() => f.close());

    const blobFile = (id: string, c = caseId) => path.join(f.blobDir, c, `${id}.blob`);

    it.each([0, 1, RECORD_PLAINTEXT_MAX - 1, RECORD_PLAINTEXT_MAX, RECORD_PLAINTEXT_MAX + 1, 3 * RECORD_PLAINTEXT_MAX + 5])(
      'seals %i bytes as they stream and reads them back verified, with their SHA-256',
      async (size) => {
        const plaintext = randomBytes(size);
        const blob = await store.put(caseId, Readable.from(pieces(plaintext)));
        expect(blob).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/), caseId, size, sha256: sha256(plaintext) });
        expect((await readAll(store.read(caseId, blob.id))).equals(plaintext)).toBe(true);
        expect(fs.statSync(blobFile(blob.id)).mode & 0o777).toBe(0o600);
        expect(fs.readdirSync(path.join(f.blobDir, caseId))).toEqual([`${blob.id}.blob`]);
      },
    );

    it('writes no plaintext to disk', async () => {
      const plaintext = Buffer.from('CANARY-blob-'.repeat(20_000));
      const blob = await store.put(caseId, [plaintext]);
      expect(fs.readFileSync(blobFile(blob.id)).includes('CANARY-blob')).toBe(false);
    });

    it('refuses a flipped byte, swapped records, a cut-off end and bytes after the end', async () => {
      const plaintext = randomBytes(3 * RECORD_PLAINTEXT_MAX);
      const blob = await store.put(caseId, [plaintext]);
      const original = fs.readFileSync(blobFile(blob.id));
      const refuses = async (bytes: Buffer) => {
        fs.writeFileSync(blobFile(blob.id), bytes);
        await expect(readAll(store.read(caseId, blob.id))).rejects.toThrow(BlobIntegrityError);
      };

      const flipped = Buffer.from(original);
      flipped.writeUInt8(flipped.readUInt8(HEADER_BYTES + RECORD + 100) ^ 0x01, HEADER_BYTES + RECORD + 100);
      await refuses(flipped);

      const first = original.subarray(HEADER_BYTES, HEADER_BYTES + RECORD);
      const second = original.subarray(HEADER_BYTES + RECORD, HEADER_BYTES + 2 * RECORD);
      await refuses(Buffer.concat([original.subarray(0, HEADER_BYTES), second, first, original.subarray(HEADER_BYTES + 2 * RECORD)]));

      await refuses(original.subarray(0, HEADER_BYTES + 3 * RECORD)); // the final record dropped
      await refuses(original.subarray(0, HEADER_BYTES + RECORD + 1000)); // cut inside a record
      await refuses(original.subarray(0, original.length - 1));
      await refuses(original.subarray(0, 10)); // cut inside the header
      await refuses(Buffer.concat([original, Buffer.from([0])]));

      const finalFlagFlipped = Buffer.from(original);
      finalFlagFlipped.writeUInt8(finalFlagFlipped.readUInt8(HEADER_BYTES + RECORD) | 0x80, HEADER_BYTES + RECORD);
      await refuses(finalFlagFlipped);

      fs.writeFileSync(blobFile(blob.id), original);
      expect((await readAll(store.read(caseId, blob.id))).equals(plaintext)).toBe(true);
    });

    it('refuses a blob moved to another case or name, and every blob of a case whose key is destroyed', async () => {
      const blob = await store.put(caseId, [Buffer.from('evidence')]);
      const other = await store.put(otherCaseId, [Buffer.from('other')]);
      fs.copyFileSync(blobFile(blob.id), blobFile(other.id, otherCaseId));
      await expect(readAll(store.read(otherCaseId, other.id))).rejects.toThrow(BlobIntegrityError);
      const second = await store.put(caseId, [Buffer.from('second')]);
      fs.copyFileSync(blobFile(blob.id), blobFile(second.id));
      await expect(readAll(store.read(caseId, second.id))).rejects.toThrow(BlobIntegrityError);

      await f.vault.destroyCaseKey(caseId);
      await expect(readAll(store.read(caseId, blob.id))).rejects.toThrow(VaultError);
      await store.deleteCase(caseId);
      expect(fs.existsSync(path.join(f.blobDir, caseId))).toBe(false);
      await expect(readAll(store.read(caseId, blob.id))).rejects.toThrow(BlobNotFoundError);
    });

    it('leaves nothing behind when the source fails midway, and refuses names that are not ids', async () => {
      async function* failing() {
        yield randomBytes(200_000);
        throw new Error('client went away');
      }
      await expect(store.put(caseId, failing())).rejects.toThrow('client went away');
      expect(fs.readdirSync(path.join(f.blobDir, caseId))).toEqual([]);
      expect(() => store.read('../../etc', 'passwd')).toThrow(TypeError);
      await expect(store.put('../x', [])).rejects.toThrow(TypeError);
    });

    it('resumes an upload across a restart: appends, the verified offset, a torn tail cut off, then finish', async () => {
      const plaintext = randomBytes(200_000);
      const { id } = await store.begin(caseId);
      expect(await store.append(caseId, id, [plaintext.subarray(0, 70_000)])).toEqual({ size: 70_000 });
      await expect(readAll(store.read(caseId, id))).rejects.toThrow(BlobNotFoundError);

      // A crash mid-append: a record half written.
      const part = path.join(f.blobDir, caseId, `${id}.part`);
      fs.appendFileSync(part, randomBytes(3000));
      const restarted = createFileBlobStore({ dir: f.blobDir, vault: f.vault });
      expect(await restarted.uploadOffset(caseId, id)).toBe(70_000);
      await restarted.append(caseId, id, pieces(plaintext.subarray(70_000, 150_000)));
      await restarted.append(caseId, id, [plaintext.subarray(150_000)]);
      const blob = await restarted.finish(caseId, id);
      expect(blob).toEqual({ id, caseId, size: 200_000, sha256: sha256(plaintext) });
      expect((await readAll(store.read(caseId, id))).equals(plaintext)).toBe(true);
      await expect(restarted.append(caseId, id, [Buffer.from('more')])).rejects.toThrow(BlobNotFoundError);
    });

    it('sweeps one-shot temp files and unfinished uploads left too long', async () => {
      const dir = path.join(f.blobDir, caseId);
      const kept = await store.put(caseId, [Buffer.from('kept')]);
      const fresh = await store.begin(caseId);
      const stale = await store.begin(caseId);
      fs.writeFileSync(path.join(dir, 'AAAAAAAAAAAAAAAAAAAAAA.tmp'), randomBytes(100));
      const old = new Date(Date.now() - 2 * 24 * 3600 * 1000);
      fs.utimesSync(path.join(dir, `${stale.id}.part`), old, old);
      expect(await store.sweep()).toEqual({ removed: 2 });
      expect(fs.readdirSync(dir).sort()).toEqual([`${fresh.id}.part`, `${kept.id}.blob`].sort());
    });

    it('records blobs of a case with their sealed SHA-256', async () => {
      const blobs = caseBlobs({ db: f.db.kysely, vault: f.vault, store });
      const plaintext = randomBytes(100_000);
      const blob = await blobs.store(caseId, Readable.from(pieces(plaintext)));
      expect(await blobs.list(caseId)).toEqual([blob]);
      const row = await f.db.kysely.selectFrom('blobs').selectAll().executeTakeFirstOrThrow();
      expect(row.sha256).not.toContain(blob.sha256);
      expect(Number(row.size)).toBe(100_000);
      expect((await readAll(await blobs.read(caseId, blob.id))).equals(plaintext)).toBe(true);
      await expect(blobs.read(otherCaseId, blob.id)).rejects.toThrow(BlobNotFoundError);
    });
  });
}
