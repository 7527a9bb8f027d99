/**
 * Staff passwords (ASVS 6.2, NIST SP 800-63B-4): at least 15 characters, no composition rules, and
 * not a common password. The list (common-passwords.txt, 49,233 entries from @zxcvbn-ts's MIT
 * "passwords" list) is checked case-insensitively; since few common passwords are 15 characters
 * long, a common password padded with digits or signs, repeated, or made only of the service's or
 * the person's own words counts as common too. Passwords are NFC-normalised, so Korean typed on a
 * Mac (NFD) matches the same password typed elsewhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { hash, verify } from '@node-rs/argon2';

export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'common';

// src/staff and dist/staff are at the same depth, so the list (kept in src) is found from both.
const LIST_FILE = path.resolve(import.meta.dirname, '../../src/staff/common-passwords.txt');
let common: ReadonlySet<string> | undefined;

function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(fs.readFileSync(LIST_FILE, 'utf8').split('\n').filter(Boolean));
  return common;
}

const SERVICE_WORDS = ['jikim', '지킴'];

export function normalisePassword(password: string): string {
  return password.normalize('NFC');
}

function isRepetition(text: string): string | undefined {
  for (let unit = 1; unit <= text.length / 2; unit++) {
    if (text.length % unit === 0 && text.slice(0, unit).repeat(text.length / unit) === text) return text.slice(0, unit);
  }
  return undefined;
}

/** Why this password may not be used, or undefined if it may. `ownWords`: the login name, the person's name. */
export function passwordProblem(password: string, ownWords: readonly string[] = []): PasswordProblem | undefined {
  const normalised = normalisePassword(password);
  const length = [...normalised].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const list = commonPasswords();
  const lower = normalised.toLowerCase();
  if (list.has(lower)) return 'common';
  // "password1234567", "!!qwertyuiop2024": a listed password with digits or signs around it.
  const core = lower.replace(/^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu, '');
  if (core.length === 0 || list.has(core)) return 'common';
  // "passwordpassword", "abcabcabcabcabc", "aaaaaaaaaaaaaaa".
  const unit = isRepetition(lower) ?? isRepetition(core);
  if (unit !== undefined && (unit.length <= 5 || list.has(unit))) return 'common';
  // The service's name or the person's own words do not count towards the length.
  let rest = lower;
  for (const word of [...SERVICE_WORDS, ...ownWords.map((w) => w.normalize('NFC').toLowerCase())]) {
    if (word.length >= 3) rest = rest.split(word).join('');
  }
  if ([...rest].length < PASSWORD_MIN_LENGTH && rest !== lower) return 'common';
  return undefined;
}

/** argon2id with the library's defaults (19 MiB, 2 passes, 1 lane: OWASP's recommendation). */
export function hashPassword(password: string): Promise<string> {
  return hash(normalisePassword(password));
}

export function verifyPassword(stored: string, password: string): Promise<boolean> {
  return verify(stored, normalisePassword(password)).catch(() => false);
}

let dummy: Promise<string> | undefined;
/** Spends the time of a real check when no account matched, so timing does not tell. */
export async function verifyNothing(password: string): Promise<false> {
  dummy ??= hashPassword('jikim: no account has this password');
  await verifyPassword(await dummy, password);
  return false;
}
