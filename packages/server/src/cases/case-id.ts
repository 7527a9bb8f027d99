/**
 * Case ids: 80 random bits in Crockford's base32 (16 characters, no I, L, O or U), so an id says
 * nothing about how many cases there are or when one was opened, and can be read out on the phone.
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const CASE_ID_PATTERN = /^[0-9a-hjkmnp-tv-z]{16}$/;

export function newCaseId(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let id = '';
  for (let i = 0; i < 16; i += 1) {
    id = (ALPHABET[Number(bits & 31n)] ?? '0') + id;
    bits >>= 5n;
  }
  return id;
}
