/**
 * What a locker passphrase must be (NIST SP 800-63B-4: length, no composition rules, a blocklist),
 * and a plain strength reading for the meter. Counted in characters as people see them (code
 * points after NFC), so 15 Hangul syllables are 15 characters.
 */
import { BLOCKED_PHRASES } from './passphrase-blocklist.js';

export const MIN_PASSPHRASE_CHARS = 15;

export type PassphraseProblem = 'too-short' | 'common' | 'repetitive';
export type PassphraseStrength = 'weak' | 'fair' | 'good' | 'strong';

/** Lower case, NFC, without spaces or punctuation: "Correct horse, battery" matches "correcthorsebattery". */
export function normalisePassphrase(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

const BLOCKED = BLOCKED_PHRASES.map(normalisePassphrase).filter((phrase) => phrase.length >= 3);

/** True when a known phrase makes up half or more of the passphrase. */
function isCommon(normalised: string): boolean {
  return BLOCKED.some((phrase) => normalised.includes(phrase) && phrase.length * 2 >= normalised.length);
}

/** One short unit said again and again ("abcabcabc…", "사랑해사랑해…"), or hardly any different characters. */
function isRepetitive(normalised: string): boolean {
  if (new Set(normalised).size < 5) return true;
  const chars = [...normalised];
  for (let unit = 1; unit <= chars.length / 2; unit += 1) {
    if (chars.every((c, i) => c === chars[i % unit])) return true;
  }
  return false;
}

export function passphraseProblem(passphrase: string): PassphraseProblem | null {
  if ([...passphrase.normalize('NFC').trim()].length < MIN_PASSPHRASE_CHARS) return 'too-short';
  const normalised = normalisePassphrase(passphrase);
  if (isCommon(normalised)) return 'common';
  if (isRepetitive(normalised)) return 'repetitive';
  return null;
}

/**
 * Longer is stronger: the reading follows the length of what is really there (no spaces or
 * punctuation; a Hangul syllable counts as two letters), lowered when few different characters are used. A rough guide for a person,
 * not a promise; a generated passphrase is read as strong by the screen that made it.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  if (passphraseProblem(passphrase) !== null) return 'weak';
  const normalised = normalisePassphrase(passphrase);
  // A Hangul syllable carries about what two Latin letters do (a consonant and a vowel, often more).
  const weighted = [...normalised].reduce((sum, c) => sum + (/\p{Script=Hangul}/u.test(c) && c >= '\uac00' ? 2 : 1), 0);
  const length = weighted - (new Set(normalised).size < 10 ? 6 : 0);
  if (length >= 32) return 'strong';
  if (length >= 24) return 'good';
  if (length >= 16) return 'fair';
  return 'weak';
}
