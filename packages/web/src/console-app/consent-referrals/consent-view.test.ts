import { CONSENT_KINDS, type ConsentState } from '@jikim/contracts';
import { describe, expect, it } from 'vitest';
import { consentReferralEn } from './consent-referral-messages-en.js';
import { consentReferralKo } from './consent-referral-messages-ko.js';
import { consentRows, consentStanding, moveNeeds, nextStates, reasonIsEnough, recordsOf, referralConsent } from './consent-view.js';

const record = (id: string, kind: ConsentState['records'][number]['kind'], granted: boolean, at: string, how: 'locker' | 'counsellor' = 'counsellor') => ({
  id, kind, granted, at, how, note: `note ${id}`,
  actor: how === 'locker' ? { kind: 'victim' as const } : { kind: 'counsellor' as const, staffId: 's1', name: '김상담' },
});

describe('where a consent stands', () => {
  const state: ConsentState = {
    records: [
      record('p2', 'police', false, '2026-12-03T02:00:00Z'),
      record('p1', 'police', true, '2026-12-01T02:00:00Z', 'locker'),
      record('w1', 'write_to_operators', true, '2026-12-02T02:00:00Z'),
      record('k1', 'kcsc', false, '2026-12-02T03:00:00Z'),
    ],
    current: { police: false, write_to_operators: true, kcsc: false },
  };

  it('says given, withdrawn (given then taken back), declined (never given) and not asked, each with its own last record', () => {
    expect(consentStanding('write_to_operators', state)).toMatchObject({ standing: 'given', last: { id: 'w1' } });
    expect(consentStanding('police', state)).toMatchObject({ standing: 'withdrawn', last: { id: 'p2' } });
    expect(consentStanding('kcsc', state)).toMatchObject({ standing: 'declined', last: { id: 'k1' } });
    expect(consentStanding('retention', state)).toEqual({ standing: 'not_asked' });
  });

  it('follows the server’s current state over the order of the records', () => {
    const regiven: ConsentState = { records: state.records, current: { ...state.current, police: true } };
    expect(consentStanding('police', regiven).standing).toBe('given');
  });

  it('lists one kind’s records oldest first, and every kind once in the contract’s order', () => {
    expect(recordsOf('police', state).map((r) => r.id)).toEqual(['p1', 'p2']);
    expect(consentRows(state).map((r) => r.kind)).toEqual([...CONSENT_KINDS]);
    expect(consentRows(state).map((r) => r.standing)).toEqual(['given', 'withdrawn', 'declined', 'not_asked', 'not_asked', 'not_asked', 'not_asked']);
  });

  it('words each standing differently in both languages', () => {
    for (const m of [consentReferralKo, consentReferralEn]) {
      expect(new Set(Object.values(m.consents.standing)).size).toBe(4);
    }
    expect(consentReferralEn.consents.standing.withdrawn).toBe('Withdrawn');
    expect(consentReferralKo.consents.standing.not_asked).toBe('아직 묻지 않음');
  });
});

describe('which consent a referral needs', () => {
  const state: ConsentState = { records: [], current: { police: true, support_services: false } };
  it.each([
    ['police', 'police', true],
    ['kcsc', 'kcsc', false],
    ['centre', 'transfer', false],
    ['legal_aid', 'support_services', false],
    ['medical', 'support_services', false],
    ['psychological', 'support_services', false],
  ] as const)('%s needs %s (given: %s)', (kind, consent, given) => {
    expect(referralConsent(kind, state)).toEqual({ consent, given });
  });
  it('counts nothing as given before the consents are loaded', () => {
    expect(referralConsent('police', undefined)).toEqual({ consent: 'police', given: false });
  });
});

describe('referral states and reasons', () => {
  it('moves forward only, and a finished referral nowhere', () => {
    expect(nextStates('proposed')).toEqual(['consented', 'sent', 'declined']);
    expect(nextStates('sent')).toEqual(['accepted', 'declined']);
    expect(nextStates('accepted')).toEqual(['done', 'declined']);
    expect(nextStates('done')).toEqual([]);
    expect(nextStates('declined')).toEqual([]);
  });
  it('asks for the consent to mark a referral consented, and a reason to send it without', () => {
    expect(moveNeeds('consented', false)).toBe('consent');
    expect(moveNeeds('sent', false)).toBe('reason');
    expect(moveNeeds('accepted', false)).toBe('nothing');
    expect(moveNeeds('consented', true)).toBe('nothing');
    expect(moveNeeds('sent', true)).toBe('nothing');
  });
  it('asks for at least 10 characters, spaces around not counted', () => {
    expect(reasonIsEnough('  123456789  ')).toBe(false);
    expect(reasonIsEnough('1234567890')).toBe(true);
  });
});
