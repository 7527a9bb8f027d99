import { DOMAIN_ERROR_CODES } from '@jikim/case';
import * as z from 'zod';

/** Stable error codes the server returns; clients switch on `error`, never on a message. */
export const ERROR_CODES = [
  'validation',
  'bad_request',
  'not_found',
  'method_not_allowed',
  'payload_too_large',
  'unsupported_media_type',
  'unavailable',
  'internal',
  'unauthorized',
  'forbidden',
  'conflict',
  'gone',
  'too_many_requests',
  /** The case domain refused the input: `code` says which of its rules (DOMAIN_ERROR_CODES). */
  'domain',
  /** The person has not given (or has withdrawn) the consent this needs (issue 13: letters, referrals). */
  'consent_missing',
  /** A case holds at most CASE_WORK_LIMITS.targetsPerCase takedown targets (issue 13). */
  'too_many_targets',
  /** A hash sent to /protect is below the quality that matches reliably (PROTECT_LIMITS.minQuality). */
  'low_quality',
  /** A feed cursor older than the change log kept (FEED_HORIZON_DAYS): fetch again without one. */
  'stale',
  /** An item given to the confirmed bank that is not a photo or video, or has too little detail (case-protection.ts). */
  'not_hashable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const fieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const errorResponseSchema = z.object({
  error: z.enum(ERROR_CODES),
  message: z.string(),
  requestId: z.string(),
  fields: z.array(fieldErrorSchema).optional(),
  /** With `error: 'domain'`: the rule of the case domain the input broke, e.g. `invalid_url`. */
  code: z.enum(DOMAIN_ERROR_CODES).optional(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
