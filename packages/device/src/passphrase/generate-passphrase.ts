/**
 * "Make one for me": five common words drawn at random from a list of 2,048 (the BIP-39 lists in
 * Korean and English, chosen for being common and unambiguous), 55 bits of chance. A draw that our
 * own rules would refuse (too short, say) is drawn again.
 */
import type { Locale } from '@jikim/guide';
import { passphraseProblem } from './passphrase-policy.js';

export const GENERATED_WORDS = 5;

/** `count` words, each index from 11 random bits: 2,048 divides 65,536, so every word is equally likely. */
export function pickWords(list: readonly string[], count: number, random: (buffer: Uint16Array<ArrayBuffer>) => void): string[] {
  if (list.length !== 2048) throw new Error('The word list must hold exactly 2,048 words');
  const draws = new Uint16Array(count);
  random(draws);
  return [...draws].map((n) => (list[n & 0x7ff] ?? '').normalize('NFC'));
}

async function wordList(locale: Locale): Promise<readonly string[]> {
  return locale === 'ko' ? (await import('@scure/bip39/wordlists/korean.js')).wordlist : (await import('@scure/bip39/wordlists/english.js')).wordlist;
}

export async function generatePassphrase(locale: Locale): Promise<string> {
  const list = await wordList(locale);
  for (;;) {
    const phrase = pickWords(list, GENERATED_WORDS, (buffer) => crypto.getRandomValues(buffer)).join(' ');
    if (passphraseProblem(phrase) === null) return phrase;
  }
}
