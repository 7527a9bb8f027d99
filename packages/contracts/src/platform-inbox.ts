/**
 * The deletion-request inbox for platforms (issue 14), under /api/platform/v1 with a key of scope
 * `inbox`. A platform sees the addresses counsellors' cases asked it to take down (by the domains
 * registered for it with `jikim platform domains set`), only while the person's consent to write to
 * operators stands, and only once someone has asked (never an address still `found`).
 *
 *   GET  /inbox?status=open|all&cursor&limit   → inboxPageSchema
 *   POST /inbox/:id                            ← inboxAnswerSchema → inboxRequestSchema
 *
 * A request is the address and its dates and status: no name, no case, no note, no letter's text.
 */
import * as z from 'zod';
import { PAGE_LIMIT_MAX } from './platform.js';

/** Statuses a platform sees: `open` is the ones still waiting for the site. */
export const INBOX_OPEN_STATUSES = ['requested', 'acknowledged', 'reappeared'] as const;
export const inboxStatusSchema = z.enum(['requested', 'acknowledged', 'removed', 'refused', 'reappeared']);

/** An inbox request's id: the random id of the target (base64url, never the case's id or code). */
export const inboxIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

export const inboxQuerySchema = z.object({
  status: z.enum(['open', 'all']).default('open'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(PAGE_LIMIT_MAX).default(100),
});

export const inboxRequestSchema = z.object({
  id: inboxIdSchema,
  /** Exactly as the counsellor entered it. */
  url: z.string(),
  status: inboxStatusSchema,
  /** When it was first asked. */
  requested_at: z.string(),
  /** Its last change (a request, a reply, a removal). */
  updated_at: z.string(),
});
export type InboxRequest = z.infer<typeof inboxRequestSchema>;

export const inboxPageSchema = z.object({
  requests: z.array(inboxRequestSchema),
  /** Null on the last page. */
  next_cursor: z.string().nullable(),
});

export const INBOX_REASON_CHARS = { min: 5, max: 1000 } as const;

export const inboxAnswerSchema = z.object({
  action: z.enum(['acknowledge', 'removed', 'refused']),
  /** Why the site refused (required then, 5–1000 characters); shown to the person and the centre. */
  reason: z.string().trim().min(INBOX_REASON_CHARS.min).max(INBOX_REASON_CHARS.max).optional(),
  /** The site's own reference (a ticket number). */
  reference: z.string().trim().min(1).max(200).optional(),
}).refine((a) => a.action !== 'refused' || a.reason !== undefined, { path: ['reason'], message: 'A refusal needs its reason (5 to 1000 characters)' });
export type InboxAnswer = z.infer<typeof inboxAnswerSchema>;

export const inboxParamsSchema = z.object({ id: inboxIdSchema });
