import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseRepository } from '../src/cases/case.repository.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { VaultError } from '../src/vault/aead.js';
import { prepareMasterKey } from '../src/vault/master-key.js';
import { readMasterKeyFile } from '../src/vault/master-key-file.js';
import { createVault } from '../src/vault/vault.js';
import { TEST_DATABASES } from './support/databases.js';
import { createVaultFixture, type VaultFixture } from './support/vault-fixture.js';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`vault fields on ${testDb.name}`, () => {
    let f: VaultFixture;
    beforeEach(async () => {
      f = await createVaultFixture(testDb);
    });
    afterEach(() => f.close());

    it('seals a case field that opens only for its case and context, and not after the key is destroyed', async () => {
      const cases = caseRepository(f.db.kysely);
      const a = await cases.create({ openedBy: 'victim_request' });
      const b = await cases.create({ openedBy: 'counsellor' });
      const sealed = await f.vault.sealCaseField(a.id, '피해자 이름 Kim', 'contact.name');
      expect(sealed).not.toContain('Kim');
      expect(await f.vault.openCaseField(a.id, sealed, 'contact.name')).toBe('피해자 이름 Kim');
      await expect(f.vault.openCaseField(a.id, sealed, 'contact.phone')).rejects.toThrow(VaultError);
      await f.vault.sealCaseField(b.id, 'x', 'contact.name');
      await expect(f.vault.openCaseField(b.id, sealed, 'contact.name')).rejects.toThrow(VaultError);

      const bytes = Buffer.from(sealed.slice(3), 'base64url');
      bytes.writeUInt8(bytes.readUInt8(bytes.length - 20) ^ 1, bytes.length - 20);
      await expect(f.vault.openCaseField(a.id, `v1.${bytes.toString('base64url')}`, 'contact.name')).rejects.toThrow(VaultError);

      await f.vault.destroyCaseKey(a.id);
      await expect(f.vault.openCaseField(a.id, sealed, 'contact.name')).rejects.toThrow(VaultError);
      expect(await f.db.kysely.selectFrom('data_keys').select('id').where('case_id', '=', a.id).execute()).toEqual([]);
    });

    // PostgreSQL keeps dead tuples until vacuum: there, rotation is what makes them useless.
    if (testDb.name === 'sqlite') it('leaves the destroyed wrapped key in no byte of the SQLite file or WAL', async () => {
      const a = await caseRepository(f.db.kysely).create({ openedBy: 'victim_request' });
      await f.vault.sealCaseField(a.id, 'x', 'note');
      const { wrapped } = await f.db.kysely.selectFrom('data_keys').select('wrapped').where('case_id', '=', a.id).executeTakeFirstOrThrow();
      const file = f.database.dialect === 'sqlite' ? f.database.file : '';
      const holding = () => [file, `${file}-wal`].filter((name) => fs.existsSync(name)).filter((name) => {
        const bytes = fs.readFileSync(name);
        return bytes.includes(wrapped) || bytes.includes(Buffer.from(wrapped, 'base64'));
      });
      expect(holding().length).toBeGreaterThan(0);
      await f.vault.destroyCaseKey(a.id);
      expect(holding()).toEqual([]);
    });

    it('seals system fields, one data key per case and one for the system, all wrapped', async () => {
      const cases = caseRepository(f.db.kysely);
      const a = await cases.create({ openedBy: 'victim_request' });
      const [first = '', second = ''] = await Promise.all([1, 2, 3].map((n) => f.vault.sealSystemField(`secret ${n}`, `staff.totp:${n}`)));
      await Promise.all([1, 2, 3].map((n) => f.vault.sealCaseField(a.id, `note ${n}`, 'note')));
      expect(await f.vault.openSystemField(second, 'staff.totp:2')).toBe('secret 2');
      await expect(f.vault.openSystemField(second, 'staff.totp:1')).rejects.toThrow(VaultError);
      const keys = await f.db.kysely.selectFrom('data_keys').selectAll().orderBy('id').execute();
      expect(keys.map((k) => [k.id, k.epoch])).toEqual([[`case:${a.id}`, 1], ['system', 1]]);
      // A fresh vault (another process) opens what this one sealed.
      const again = createVault(f.db, { masterKeyFile: f.keyFile });
      expect(await again.openSystemField(first, 'staff.totp:1')).toBe('secret 1');
    });

    it('refuses a case that does not exist, and opening for a case that never had a key', async () => {
      await expect(f.vault.sealCaseField('0000000000000000', 'x', 'note')).rejects.toThrow();
      await expect(f.vault.openCaseField('0000000000000000', 'v1.AAAA', 'note')).rejects.toThrow(VaultError);
    });

    it('refuses a key file that group or others can read, naming the variable', async () => {
      fs.chmodSync(f.keyFile, 0o640);
      const vault = createVault(f.db, { masterKeyFile: f.keyFile });
      await expect(vault.sealSystemField('x', 'y')).rejects.toThrow(ConfigError);
      await expect(vault.sealSystemField('x', 'y')).rejects.toThrow(/^Invalid configuration:\n {2}- JIKIM_MASTER_KEY_FILE: .* \(mode 640\); run chmod 600/);
      fs.chmodSync(f.keyFile, 0o604);
      expect(() => readMasterKeyFile(f.keyFile)).toThrow(/JIKIM_MASTER_KEY_FILE/);
      fs.chmodSync(f.keyFile, 0o600);
      fs.writeFileSync(f.keyFile, 'not a key\n');
      expect(() => readMasterKeyFile(f.keyFile)).toThrow(/JIKIM_MASTER_KEY_FILE: .* is not a Jikim master key file/);
    });

    it('a missing key file stops the vault with a message naming the variable', async () => {
      fs.rmSync(f.keyFile);
      await expect(f.vault.sealSystemField('x', 'y')).rejects.toThrow(/JIKIM_MASTER_KEY_FILE: there is no master key at /);
    });
  });

  describe.skipIf(!testDb.available)(`master key at start on ${testDb.name}`, () => {
    let f: VaultFixture;
    beforeEach(async () => {
      f = await createVaultFixture(testDb, { writeKey: false });
    });
    afterEach(() => f.close());

    it('generates a 0600 key only when asked and only for a database with no sealed data', async () => {
      await expect(prepareMasterKey(f.db.kysely, f.keyFile, { generate: false })).rejects.toThrow(/JIKIM_MASTER_KEY_FILE: there is no master key at .*jikim key init/);
      const prepared = await prepareMasterKey(f.db.kysely, f.keyFile, { generate: true });
      expect(prepared).toEqual({ file: f.keyFile, epoch: 1, created: true });
      expect(fs.statSync(f.keyFile).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(f.keyFile)).mode & 0o077).toBe(0);
      expect((await prepareMasterKey(f.db.kysely, f.keyFile, { generate: true })).created).toBe(false);

      await f.vault.sealSystemField('x', 'y');
      fs.rmSync(f.keyFile);
      await expect(prepareMasterKey(f.db.kysely, f.keyFile, { generate: true })).rejects.toThrow(/holds data sealed with one \(key epoch 1\); restore the key file/);
      expect(fs.existsSync(f.keyFile)).toBe(false);
    });
  });
}

describe('master key configuration', () => {
  it('defaults under DATA_DIR and follows JIKIM_MASTER_KEY_FILE, BLOB_DIR and RETENTION_DAYS', () => {
    const defaults = loadConfig({ DATA_DIR: '/srv/jikim' });
    expect(defaults.masterKeyFile).toBe('/srv/jikim/master.key');
    expect(defaults.blobDir).toBe('/srv/jikim/blobs');
    expect(defaults.retentionDays).toBe(90);
    const set = loadConfig({ JIKIM_MASTER_KEY_FILE: '/keys/jikim.key', BLOB_DIR: '/b', RETENTION_DAYS: '30' });
    expect([set.masterKeyFile, set.blobDir, set.retentionDays]).toEqual(['/keys/jikim.key', '/b', 30]);
  });

  it.each([['0'], ['-3'], ['ninety'], ['4000']])('RETENTION_DAYS=%s stops start-up naming the variable', (days) => {
    expect(() => loadConfig({ RETENTION_DAYS: days })).toThrow(/RETENTION_DAYS:/);
  });
});
