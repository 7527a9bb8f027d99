import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, base64url (43 characters): session tokens and set-up link tokens. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of a token. The token has 256 bits, so a fast hash is enough. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
