import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditLog } from '../src/audit/audit-log.js';
import { rotateMasterKey } from '../src/vault/key-rotation.js';
import { createKeyedHash, normaliseAddress, normaliseDomain, normaliseUrl } from '../src/vault/keyed-hash.js';
import { createVault } from '../src/vault/vault.js';
import { TEST_DATABASES } from './support/databases.js';
import { createVaultFixture, type VaultFixture } from './support/vault-fixture.js';

describe('normalising before a keyed hash', () => {
  it.each([
    ['HTTPS://Example.COM:443/a/b?x=1#frag', 'https://example.com/a/b?x=1'],
    ['http://user:pw@example.com./', 'http://example.com/'],
    ['https://www.example.com/Path', 'https://www.example.com/Path'],
    ['https://예시.한국/사진', 'https://xn--vv4b11d.xn--3e0b707e/%EC%82%AC%EC%A7%84'],
    // NFD (macOS) and NFC spellings of the same Korean path are one URL.
    ['https://example.com/\u1100\u1161', 'https://example.com/%EA%B0%80'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });

  it('refuses what is not an http(s) URL', () => {
    expect(() => normaliseUrl('javascript:alert(1)')).toThrow(TypeError);
    expect(() => normaliseUrl('not a url')).toThrow(TypeError);
  });

  it('takes the domain without www.', () => {
    expect(normaliseDomain('https://WWW.Example.com/x')).toBe('example.com');
    expect(normaliseDomain('https://m.example.com/x')).toBe('m.example.com');
  });

  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:DB8:0:1:aaaa::1', '2001:db8:0:1::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:0db8:0000:0001:ffff:ffff:ffff:ffff', '2001:db8:0:1::/64'],
  ])('address %s → %s', (input, expected) => {
    expect(normaliseAddress(input)).toBe(expected);
  });

  it('refuses what is not an address', () => {
    expect(() => normaliseAddress('example.com')).toThrow(TypeError);
  });
});

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`keyed hashes on ${testDb.name}`, () => {
    let f: VaultFixture;
    beforeEach(async () => {
      f = await createVaultFixture(testDb);
    });
    afterEach(() => f.close());

    it('match for one value across spellings, differ by purpose, and survive a key rotation', async () => {
      const hash = createKeyedHash(f.vault);
      const url = await hash.url('https://Example.com/v/123#t=10');
      expect(url).toMatch(/^[0-9a-f]{64}$/);
      expect(await hash.url('https://example.com:443/v/123')).toBe(url);
      expect(await hash.url('https://example.com/v/124')).not.toBe(url);
      expect(await hash.of('domain', 'https://example.com/v/123')).not.toBe(url);
      expect(await hash.address('::ffff:10.0.0.1')).toBe(await hash.address('10.0.0.1'));
      expect(await hash.address('10.0.0.1')).not.toBe(await hash.of('url', '10.0.0.1'));

      await rotateMasterKey(f.db.kysely, f.keyFile, createAuditLog(f.db, { audit: { anchorFile: path.join(f.dir, 'a.log') } }));
      expect(await createKeyedHash(createVault(f.db, { masterKeyFile: f.keyFile })).url('https://example.com/v/123')).toBe(url);
    });

    it('differ between installations (another system key)', async () => {
      const other = await createVaultFixture(testDb);
      try {
        expect(await createKeyedHash(other.vault).url('https://example.com/')).not.toBe(await createKeyedHash(f.vault).url('https://example.com/'));
      } finally {
        await other.close();
      }
    });
  });
}
