import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as korean } from '@scure/bip39/wordlists/korean.js';
import { describe, expect, it } from 'vitest';
import { generatePassphrase, GENERATED_WORDS, pickWords } from './generate-passphrase.js';
import { passphraseProblem } from './passphrase-policy.js';

describe('generated passphrases', () => {
  it('draw from lists of 2,048 common words, in Korean (NFC) and English', () => {
    expect(korean).toHaveLength(2048);
    expect(english).toHaveLength(2048);
    expect(pickWords(korean, 3, (b) => b.set([0, 2047, 2048 + 5]))).toEqual([korean[0], korean[2047], korean[5]].map((w) => w?.normalize('NFC')));
  });

  it.each(['ko', 'en'] as const)('are five words our own rules accept, each from the list (%s)', async (locale) => {
    const list = new Set((locale === 'ko' ? korean : english).map((w) => w.normalize('NFC')));
    const seen = new Set<string>();
    for (let i = 0; i < 50; i += 1) {
      const phrase = await generatePassphrase(locale);
      const words = phrase.split(' ');
      expect(words).toHaveLength(GENERATED_WORDS);
      for (const word of words) expect(list.has(word), word).toBe(true);
      expect(passphraseProblem(phrase)).toBeNull();
      seen.add(phrase);
    }
    expect(seen.size).toBe(50);
  });
});
