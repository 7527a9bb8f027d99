import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditLog } from '../src/audit/audit-log.js';
import type { AuditLog } from '../src/audit/audit-port.js';
import { createFileBlobStore } from '../src/blobs/file-blob-store.js';
import { caseRepository } from '../src/cases/case.repository.js';
import { open, VaultError } from '../src/vault/aead.js';
import { EPOCH_META_KEY } from '../src/vault/key-epoch.js';
import { rotateMasterKey } from '../src/vault/key-rotation.js';
import { prepareMasterKey } from '../src/vault/master-key.js';
import { newMasterKey, nextKeyFile, oldKeyFile, readMasterKeyFile, writeMasterKeyFile, type MasterKey } from '../src/vault/master-key-file.js';
import { createVault, wrapAdditionalData, type KeyVault } from '../src/vault/vault.js';
import { TEST_DATABASES } from './support/databases.js';
import { createVaultFixture, type VaultFixture } from './support/vault-fixture.js';

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

/** Every file under `dir`, as bytes. */
function filesUnder(dir: string): Buffer[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name)));
}

function canUnwrap(key: MasterKey, row: { id: string; epoch: number; wrapped: string }, epoch = row.epoch): boolean {
  try {
    open(key.key, Buffer.from(row.wrapped, 'base64'), wrapAdditionalData(row.id, epoch));
    return true;
  } catch (error) {
    if (error instanceof VaultError) return false;
    throw error;
  }
}

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`key rotation on ${testDb.name}`, () => {
    let f: VaultFixture;
    let audit: AuditLog;
    beforeEach(async () => {
      f = await createVaultFixture(testDb);
      audit = createAuditLog(f.db, { audit: { anchorFile: path.join(f.dir, 'anchors.log') } });
    });
    afterEach(() => f.close());

    it('re-wraps every live key under a new epoch, destroys the old key, and is audited', async () => {
      const cases = caseRepository(f.db.kysely);
      const store = createFileBlobStore({ dir: f.blobDir, vault: f.vault });
      const a = await cases.create({ openedBy: 'victim_request' });
      const nameA = await f.vault.sealCaseField(a.id, 'name of A', 'contact.name');
      const blobA = await store.put(a.id, [Buffer.from('photo of A')]);
      const totp = await f.vault.sealSystemField('JBSWY3DPEHPK3PXP', 'staff.totp:1');
      const oldKey = readMasterKeyFile(f.keyFile);
      if (!oldKey) throw new Error('no key');
      const backup = await f.db.kysely.selectFrom('data_keys').selectAll().execute();
      expect(backup.every((row) => canUnwrap(oldKey, row))).toBe(true);

      const result = await rotateMasterKey(f.db.kysely, f.keyFile, audit);
      expect(result).toEqual({ file: f.keyFile, previousEpoch: 1, epoch: 2, rewrapped: 2 });

      // The old key is gone from disk: the file holds the new one, no .old or .next is left, and
      // the old key's bytes are in no file of the key directory.
      const newKey = readMasterKeyFile(f.keyFile);
      if (!newKey) throw new Error('no key');
      expect(newKey.epoch).toBe(2);
      expect(newKey.key.equals(oldKey.key)).toBe(false);
      expect(fs.statSync(f.keyFile).mode & 0o777).toBe(0o600);
      expect(fs.existsSync(oldKeyFile(f.keyFile)) || fs.existsSync(nextKeyFile(f.keyFile))).toBe(false);
      for (const bytes of filesUnder(path.dirname(f.keyFile))) {
        expect(bytes.includes(oldKey.key.toString('base64'))).toBe(false);
        expect(bytes.includes(oldKey.key)).toBe(false);
      }

      // Written after the rotation: a new case, a field and a blob.
      const b = await cases.create({ openedBy: 'counsellor' });
      const nameB = await f.vault.sealCaseField(b.id, 'name of B', 'contact.name');
      const blobB = await store.put(b.id, [Buffer.from('photo of B')]);

      // The rotated-out key opens nothing live, the new key opens everything live.
      const live = await f.db.kysely.selectFrom('data_keys').selectAll().execute();
      expect(live.map((row) => row.epoch)).toEqual([2, 2, 2]);
      expect(live.some((row) => canUnwrap(oldKey, row) || canUnwrap(oldKey, row, 1))).toBe(false);
      expect(live.every((row) => canUnwrap(newKey, row))).toBe(true);
      const fresh: KeyVault = createVault(f.db, { masterKeyFile: f.keyFile });
      expect(await fresh.openCaseField(a.id, nameA, 'contact.name')).toBe('name of A');
      expect(await fresh.openCaseField(b.id, nameB, 'contact.name')).toBe('name of B');
      expect(await fresh.openSystemField(totp, 'staff.totp:1')).toBe('JBSWY3DPEHPK3PXP');
      const freshStore = createFileBlobStore({ dir: f.blobDir, vault: fresh });
      expect(await readAll(freshStore.read(a.id, blobA.id))).toBe('photo of A');
      expect(await readAll(freshStore.read(b.id, blobB.id))).toBe('photo of B');
      // A server that kept running through the rotation read the new key when it met epoch 2.
      expect(await f.vault.openCaseField(a.id, nameA, 'contact.name')).toBe('name of A');

      // A copy of data_keys taken before the rotation (a backup, dead tuples, WAL) does not open
      // with the new key, under either epoch.
      expect(backup.some((row) => canUnwrap(newKey, row) || canUnwrap(newKey, row, 2))).toBe(false);
      // The old key file restored from somewhere is refused, naming the variable.
      fs.rmSync(f.keyFile);
      writeMasterKeyFile(f.keyFile, oldKey);
      await expect(createVault(f.db, { masterKeyFile: f.keyFile }).openSystemField(totp, 'staff.totp:1'))
        .rejects.toThrow(/JIKIM_MASTER_KEY_FILE: the key at .* is from key epoch 1 but the database is at epoch 2 \(this key was rotated out/);

      const rows = await f.db.kysely.selectFrom('audit_log').select(['actor_kind', 'action', 'detail']).execute();
      expect(rows).toEqual([{ actor_kind: 'cli', action: 'key.rotate', detail: '{"epoch":2,"keys":2}' }]);
    });

    it('changes nothing when the rotation fails before its commit', async () => {
      const before = readMasterKeyFile(f.keyFile);
      const sealed = await f.vault.sealSystemField('secret', 'x');
      const failing: AuditLog = { append: () => Promise.reject(new Error('audit down')) };
      await expect(rotateMasterKey(f.db.kysely, f.keyFile, failing)).rejects.toThrow('audit down');
      expect(readMasterKeyFile(f.keyFile)).toEqual(before);
      expect(fs.existsSync(nextKeyFile(f.keyFile))).toBe(false);
      expect(await createVault(f.db, { masterKeyFile: f.keyFile }).openSystemField(sealed, 'x')).toBe('secret');
      expect((await rotateMasterKey(f.db.kysely, f.keyFile, audit)).epoch).toBe(2);
    });

    it('finishes a rotation interrupted after its commit, and leaves an uncommitted next key alone until the next rotation', async () => {
      const setEpoch = (epoch: number) =>
        f.db.kysely.insertInto('app_meta').values({ key: EPOCH_META_KEY, value: String(epoch) })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(epoch) })).execute();
      const next = newMasterKey(2);
      writeMasterKeyFile(nextKeyFile(f.keyFile), next);

      // Uncommitted: the database is still at epoch 1. Start-up uses the current key, keeps .next.
      await setEpoch(1);
      expect((await prepareMasterKey(f.db.kysely, f.keyFile, { generate: false })).epoch).toBe(1);
      expect(fs.existsSync(nextKeyFile(f.keyFile))).toBe(true);

      // Committed (the database moved to epoch 2) but the files were not yet swapped; a server
      // reads .next meanwhile, and start-up puts it in place and destroys the old key.
      await setEpoch(2);
      const sealed = await createVault(f.db, { masterKeyFile: f.keyFile }).sealSystemField('after', 'x');
      fs.renameSync(f.keyFile, oldKeyFile(f.keyFile)); // crashed between the two renames
      expect((await prepareMasterKey(f.db.kysely, f.keyFile, { generate: false })).epoch).toBe(2);
      expect(readMasterKeyFile(f.keyFile)).toEqual(next);
      expect(fs.readdirSync(path.dirname(f.keyFile))).toEqual(['master.key']);
      expect(await createVault(f.db, { masterKeyFile: f.keyFile }).openSystemField(sealed, 'x')).toBe('after');

      // A stale .next from a rotation that never committed is removed by the next rotation.
      writeMasterKeyFile(nextKeyFile(f.keyFile), newMasterKey(3));
      expect((await rotateMasterKey(f.db.kysely, f.keyFile, audit)).epoch).toBe(3);
      expect(await createVault(f.db, { masterKeyFile: f.keyFile }).openSystemField(sealed, 'x')).toBe('after');
      expect(fs.readdirSync(path.dirname(f.keyFile))).toEqual(['master.key']);
    });
  });
}
