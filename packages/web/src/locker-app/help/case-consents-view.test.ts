import { CONSENT_KINDS } from '@jikim/contracts';
import { describe, expect, it } from 'vitest';
import { CONSENT_ORDER, consentRows } from './case-consents-view.js';
import { helpEn } from './i18n/help-en.js';
import { helpKo } from './i18n/help-ko.js';

describe('the consents the person sees', () => {
  it('lists exactly the contract kinds, each with a title and an explanation in both languages', () => {
    expect([...CONSENT_ORDER].sort()).toEqual([...CONSENT_KINDS].sort());
    for (const t of [helpKo.caseWork.consents, helpEn.caseWork.consents]) {
      for (const kind of CONSENT_KINDS) {
        expect(t.kinds[kind].title.length).toBeGreaterThan(3);
        expect(t.kinds[kind].explain.length).toBeGreaterThan(10);
      }
    }
  });

  it('says for each kind whether it is given, withdrawn or never given, and what its button does', () => {
    const rows = consentRows({ write_to_operators: true, police: false }, { write_to_operators: '2026-11-30T05:00:00.000Z', police: '2026-11-01T00:00:00.000Z' });
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r]));
    expect(byKind.write_to_operators).toEqual({ kind: 'write_to_operators', standing: 'agreed', since: '2026-11-30T05:00:00.000Z', next: { granted: false, confirm: true } });
    // A withdrawn consent carries no "agreed on" date.
    expect(byKind.police).toEqual({ kind: 'police', standing: 'withdrawn', next: { granted: true, confirm: false } });
    expect(byKind.kcsc).toEqual({ kind: 'kcsc', standing: 'never', next: { granted: true, confirm: false } });
    expect(rows.filter((r) => r.standing === 'never').map((r) => r.kind)).toEqual(['kcsc', 'support_services', 'transfer', 'hash_protection', 'retention']);
  });

  it('reads nothing given from a server that sends no consents', () => {
    expect(consentRows(undefined).every((r) => r.standing === 'never' && r.next.granted)).toBe(true);
  });
});
