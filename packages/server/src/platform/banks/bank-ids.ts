/** Identifiers a bank hands out: random content ids (never sequential) and random feed keys. */
import { randomBytes } from 'node:crypto';

/** A random integer from 1 to 2^53 − 1: HMA's `bank_content_id` is a number, ours says nothing of order. */
export function randomContentId(): number {
  for (;;) {
    const bytes = randomBytes(8);
    const id = (bytes.readUInt32BE(0) & 0x1f_ffff) * 2 ** 32 + bytes.readUInt32BE(4);
    if (id >= 1) return id;
  }
}

/** A signal's feed key: 128 random bits, hex. */
export function randomSignalKey(): string {
  return randomBytes(16).toString('hex');
}

/** Content ids from the database: PostgreSQL returns a bigint as a string, SQLite as a number. */
export function toId(value: number | string | bigint): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id)) throw new RangeError('An id outside the safe integers');
  return id;
}
