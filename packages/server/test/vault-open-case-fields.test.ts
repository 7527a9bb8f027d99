/** The vault opens fields of many cases at once (the console's case list), each key read once. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseRepository } from '../src/cases/case.repository.js';
import { TEST_DATABASES } from './support/databases.js';
import { createVaultFixture, type VaultFixture } from './support/vault-fixture.js';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`vault openCaseFields on ${testDb.name}`, () => {
    let f: VaultFixture;
    beforeEach(async () => {
      f = await createVaultFixture(testDb);
    });
    afterEach(() => f.close());

    it('opens each field with its case key; a destroyed key, another context or altered bytes give null', async () => {
      const cases = caseRepository(f.db.kysely);
      const [a, b, c] = [await cases.create({ openedBy: 'victim_request' }), await cases.create({ openedBy: 'victim_request' }), await cases.create({ openedBy: 'counsellor' })];
      if (!a || !b || !c) throw new Error('no cases');
      const sa = await f.vault.sealCaseField(a.id, 'A', 'ctx');
      const sb = await f.vault.sealCaseField(b.id, 'B', 'ctx');
      const sc = await f.vault.sealCaseField(c.id, 'C', 'ctx');
      const sa2 = await f.vault.sealCaseField(a.id, 'A2', 'other');
      await f.vault.destroyCaseKey(b.id);
      const altered = `v1.${Buffer.from('x'.repeat(40)).toString('base64url')}`;
      expect(await f.vault.openCaseFields([
        { caseId: a.id, sealed: sa, context: 'ctx' },
        { caseId: b.id, sealed: sb, context: 'ctx' },
        { caseId: c.id, sealed: sc, context: 'ctx' },
        { caseId: a.id, sealed: sa2, context: 'other' },
        { caseId: a.id, sealed: sa2, context: 'ctx' },
        { caseId: c.id, sealed: sa, context: 'ctx' },
        { caseId: c.id, sealed: altered, context: 'ctx' },
      ])).toEqual(['A', null, 'C', 'A2', null, null, null]);
      expect(await f.vault.openCaseFields([])).toEqual([]);
    });

    it('reads the keys of more cases than one query takes', async () => {
      const cases = caseRepository(f.db.kysely);
      const fields = [];
      for (let i = 0; i < 501; i++) {
        const created = await cases.create({ openedBy: 'victim_request' });
        fields.push({ caseId: created.id, sealed: await f.vault.sealCaseField(created.id, String(i), 'n'), context: 'n' });
      }
      expect(await f.vault.openCaseFields(fields)).toEqual(fields.map((_, i) => String(i)));
    });
  });
}
