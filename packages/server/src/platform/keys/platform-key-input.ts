/**
 * What an admin gives to make a platform key (`jikim platform key create`), checked once here for
 * the command line and for the repository alike.
 */
import { PLATFORM_SCOPES, type PlatformScope } from '@jikim/contracts';
import * as z from 'zod';

/** Calls per key per minute when the admin names no limit (decision 0018). */
export const DEFAULT_PER_MINUTE = 6000;
export const PER_MINUTE_MAX = 1_000_000;

/** `jk_` + 43 base64url characters: 256 random bits. */
export const PLATFORM_KEY_PATTERN = /^jk_[A-Za-z0-9_-]{43}$/;

/** Stored comma-separated in this order (the schema's `curate,feed,feedback,match`). */
export function sortedScopes(scopes: Iterable<PlatformScope>): PlatformScope[] {
  return [...new Set(scopes)].sort();
}

export function parseStoredScopes(stored: string): PlatformScope[] {
  return stored.split(',').filter((s): s is PlatformScope => (PLATFORM_SCOPES as readonly string[]).includes(s));
}

export const platformKeyInputSchema = z.object({
  // A name as typed, once normalised; no control characters (it is printed back to terminals).
  name: z.string().transform((s) => s.normalize('NFC').trim()).pipe(z.string().min(1).max(100).regex(/^[^\p{C}]+$/u)),
  scopes: z.array(z.enum(PLATFORM_SCOPES)).min(1).transform(sortedScopes),
  perMinute: z.number().int().min(1).max(PER_MINUTE_MAX).default(DEFAULT_PER_MINUTE),
});
export type PlatformKeyInput = z.input<typeof platformKeyInputSchema>;
