/**
 * `POST /api/letters/preview`: a deletion-request letter made on the server from the facts given,
 * as the locker makes it on the device (the same @jikim/case code). Only the shape and the bounds
 * are checked here; what the domain requires of the content (a web address, a SHA-256, a reply date
 * after today in Korea) it checks itself and answers with a coded 400 (`error: 'domain'`).
 */
import { CONTENT_KINDS } from '@jikim/case';
import * as z from 'zod';

const text = (max: number) => z.string().max(max);

export const letterPreviewRequestSchema = z.strictObject({
  locale: z.enum(['ko', 'en']),
  service: z.strictObject({
    name: text(200),
    jurisdiction: z.enum(['kr', 'other']),
    addressee: z.enum(['operator', 'body']).optional(),
  }),
  urls: z.array(text(8192)).min(1).max(500),
  contentKind: z.enum(CONTENT_KINDS),
  evidence: z.array(z.strictObject({ label: text(200), sha256: text(128) })).max(500).optional(),
  requester: z.strictObject({ name: text(200).optional(), contact: text(200).optional() }).optional(),
  /** The day (in Korea) an answer is asked for by: YYYY-MM-DD, after today. */
  respondBy: z.iso.date(),
});
export type LetterPreviewRequest = z.infer<typeof letterPreviewRequestSchema>;

export const letterPreviewResponseSchema = z.object({
  subject: z.string(),
  body: z.string(),
});
export type LetterPreviewResponse = z.infer<typeof letterPreviewResponseSchema>;
