import { describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_CHARS, passphraseProblem, passphraseStrength } from './passphrase-policy.js';

describe('locker passphrases', () => {
  it('needs at least 15 characters, counted as people see them (Hangul syllables, NFD or NFC)', () => {
    expect(MIN_PASSPHRASE_CHARS).toBe(15);
    expect(passphraseProblem('짧은 비밀문구 입니다')).toBe('too-short');
    expect(passphraseProblem('a'.repeat(14))).toBe('too-short');
    const korean = '바다 건너 빨간 우체통 옆 자전거';
    expect([...korean].length).toBeGreaterThanOrEqual(15);
    expect(passphraseProblem(korean)).toBeNull();
    expect(passphraseProblem(korean.normalize('NFD'))).toBeNull();
  });

  it.each([
    ['the example Jikim used to show', '우리 집 강아지 이름은 콩이'],
    ['the same with other spacing', '우리집 강아지 이름은 콩이!!!'],
    ['its English version', 'My dog is called Kongi'],
    ['a famous example', 'correct horse battery staple'],
    ['a famous example with a digit', 'Correct Horse Battery Staple 1'],
    ['the national anthem', '동해물과 백두산이 마르고 닳도록'],
    ['a keyboard run', 'qwertyuiopasdfghjkl'],
    ['a Korean keyboard run', 'ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎ'],
    ['a common password made long', 'password password'],
  ])('refuses %s', (_, phrase) => {
    expect(passphraseProblem(phrase)).toBe('common');
  });

  it.each(['abcabcabcabcabcabc', '사랑사랑사랑사랑사랑사랑사랑사랑', 'aaaaaaaaaaaaaaaaaaaa', '1212121212121212'])('refuses the repetitive %s', (phrase) => {
    expect(passphraseProblem(phrase)).not.toBeNull();
  });

  it('lets a common word sit inside a longer phrase of the person’s own', () => {
    expect(passphraseProblem('언덕 위 사랑해 파란 지붕 고양이 세 마리')).toBeNull();
  });

  it('reads longer passphrases as stronger, and blocked ones as weak', () => {
    expect(passphraseStrength('correct horse battery staple')).toBe('weak');
    expect(passphraseStrength('purple tigers run at noon')).toBe('fair');
    expect(passphraseStrength('바다 건너 빨간 우체통 옆 자전거')).toBe('good');
    expect(passphraseStrength('바다 건너 빨간 우체통 옆 자전거 세 대가 서 있다')).toBe('strong');
    expect(passphraseStrength('violet engine marble harbour seven quiet lanterns')).toBe('strong');
  });
});
