import { describe, expect, it } from 'vitest';
import { eventWords } from './event-words.js';

describe('case-work events in words', () => {
  it('says which consent was given or withdrawn, in each language', () => {
    expect(eventWords({ type: 'consent', text: 'police: withdrawn' }, 'ko')).toBe('경찰과 공유 · 동의를 철회함');
    expect(eventWords({ type: 'consent', text: 'write_to_operators: given' }, 'en')).toMatch(/^[^:]+ · Given$/u);
    expect(eventWords({ type: 'consent', text: 'write_to_operators: given' }, 'en')).not.toContain('write_to_operators');
  });

  it('says which referral moved to which state', () => {
    expect(eventWords({ type: 'referral', text: 'kcsc: sent' }, 'ko')).toBe('방송통신심의위원회 심의 · 보냄');
    expect(eventWords({ type: 'referral', text: 'police: proposed' }, 'en')).toMatch(/^Police · /u);
  });

  it('names the operator and the takedown status recorded', () => {
    expect(eventWords({ type: 'target_status', text: '네이버', takedownStatus: 'removed' }, 'ko')).toBe('네이버 · 삭제됨');
  });

  it('leaves other text alone, and codes it does not know', () => {
    expect(eventWords({ type: 'note', text: 'police: given' }, 'ko')).toBeUndefined();
    expect(eventWords({ type: 'consent', text: 'unknown_kind: given' }, 'ko')).toBeUndefined();
    expect(eventWords({ type: 'consent', text: 'a typed sentence' }, 'ko')).toBeUndefined();
  });
  it('says what happened to the case’s hashes in the confirmed bank, and nothing for an unknown code', () => {
    expect(eventWords({ type: 'hash_protection', text: 'added: 3' }, 'ko')).toBe('확인된 해시 목록에 넣음 (3개)');
    expect(eventWords({ type: 'hash_protection', text: 'consent_withdrawn: 4' }, 'en')).toBe('Consent withdrawn: all removed (4)');
    expect(eventWords({ type: 'hash_protection', text: 'removed: 1' }, 'en')).toBe('Removed from the confirmed bank (1)');
    expect(eventWords({ type: 'hash_protection', text: 'something else' }, 'en')).toBeUndefined();
  });
});
