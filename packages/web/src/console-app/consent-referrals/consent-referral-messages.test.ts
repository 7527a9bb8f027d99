import { CONSENT_KINDS, REFERRAL_KINDS, REFERRAL_STATES } from '@jikim/contracts';
import { describe, expect, it } from 'vitest';
import { consentReferralEn } from './consent-referral-messages-en.js';
import { consentReferralKo } from './consent-referral-messages-ko.js';

/** Every key path of a message set (functions are leaves). */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k)).sort();
}

describe('the consent and referral words', () => {
  it('have the same keys in Korean and English, none empty', () => {
    expect(keyPaths(consentReferralKo)).toEqual(keyPaths(consentReferralEn));
    for (const m of [consentReferralKo, consentReferralEn]) {
      for (const path of keyPaths(m)) {
        const leaf = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], m);
        if (typeof leaf === 'string') expect(leaf.trim(), path).not.toBe('');
      }
    }
  });
  it('name every consent kind, referral kind and state of the contract', () => {
    for (const m of [consentReferralKo, consentReferralEn]) {
      expect(Object.keys(m.consents.kinds).sort()).toEqual([...CONSENT_KINDS].sort());
      expect(Object.keys(m.referrals.kinds).sort()).toEqual([...REFERRAL_KINDS].sort());
      expect(Object.keys(m.referrals.states).sort()).toEqual([...REFERRAL_STATES].sort());
    }
  });
});
