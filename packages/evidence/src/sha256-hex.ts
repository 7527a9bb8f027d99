/**
 * A SHA-256 digest as Jikim writes it everywhere (manifest, SHA256SUMS, letters, complaints): 64
 * lower-case hex digits. The one definition of the pattern; everything that checks a digest uses it.
 */
import * as z from 'zod';

/** The pattern without anchors, to build longer patterns (a SHA256SUMS line) from. */
export const SHA256_HEX_SOURCE = '[0-9a-f]{64}';
export const SHA256_HEX = new RegExp(`^${SHA256_HEX_SOURCE}$`, 'u');

export const isSha256Hex = (value: string): boolean => SHA256_HEX.test(value);

export const sha256HexSchema = z.string().regex(SHA256_HEX, 'SHA-256 as 64 lower-case hex digits');
