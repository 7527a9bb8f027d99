import * as z from 'zod';
import { arrivalSchema, takedownStatusSchema } from './case-work.js';
import { contactPreferencesSchema, sharedItemSchema, situationSchema } from './help.js';

export const caseStatusSchema = z.enum(['new', 'assigned', 'waiting', 'closed']);
export type CaseStatusValue = z.infer<typeof caseStatusSchema>;

/** The case list's tabs: new (nobody assigned), assigned to me, waiting for the victim, closed. */
export const caseListViewSchema = z.enum(['new', 'mine', 'waiting', 'closed', 'open']);
export const caseListQuerySchema = z.object({ view: caseListViewSchema.default('open') });

/** A row of the console's case list: status, dates and how to reach the person (opened with the case key). */
export const caseSummarySchema = z.object({
  id: z.string(),
  status: caseStatusSchema,
  openedBy: z.enum(['victim_request', 'counsellor']),
  createdAt: z.string(),
  assignedToMe: z.boolean(),
  /** Set when the person withdrew: the content is destroyed, only the row remains until retention. */
  withdrawnAt: z.string().nullable(),
  /** Marked as junk by a counsellor (flood clean-up). */
  junk: z.boolean(),
  situation: situationSchema.nullable(),
  arrival: arrivalSchema,
  /** null when withdrawn (the key is gone). */
  contact: contactPreferencesSchema.nullable(),
  items: z.number().int(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;
/** `new` is oldest first (arrival order), every other view newest first. */
export const caseListResponseSchema = z.object({ cases: z.array(caseSummarySchema) });
export type CaseListResponse = z.infer<typeof caseListResponseSchema>;

export const caseIdParamsSchema = z.object({ id: z.string().regex(/^[0-9a-hjkmnp-tv-z]{16}$/) });
export const caseItemParamsSchema = z.object({ id: z.string().regex(/^[0-9a-hjkmnp-tv-z]{16}$/), itemId: z.string().min(1).max(128) });

/** A case event, append-only: what happened in the case and who did it. */
export const caseEventTypeSchema = z.enum([
  'requested', 'opened', 'assigned', 'note', 'message_to_victim', 'message_from_victim',
  'identity_checked', 'status', 'item_added', 'original_viewed', 'package_made', 'withdrawn', 'junk',
  // Case work (issue 13): the event body's text says what (how many targets, to whom, which consent).
  'targets_added', 'target_status', 'letter_sent', 'consent', 'referral',
  // Issue 14: hashes of the case in the confirmed bank; the text is a code ("added: 3", "removed: 1", "consent_withdrawn: 4").
  'hash_protection',
]);
export const identityCheckSchema = z.object({
  /** How identity was checked; never a copy of the ID itself. */
  method: z.enum(['in_person_id', 'video_call_id', 'phone_known_details', 'other']),
  note: z.string().trim().max(1_000).default(''),
});
export const caseEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  type: caseEventTypeSchema,
  actor: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('victim') }),
    z.object({ kind: z.literal('counsellor'), staffId: z.string(), name: z.string().optional() }),
    z.object({ kind: z.literal('system') }),
  ]),
  /** Text of a note or message; the reason for viewing an original; empty otherwise. */
  text: z.string().default(''),
  status: caseStatusSchema.optional(),
  /** A takedown update (`target_status`): the status it recorded for the target. */
  takedownStatus: takedownStatusSchema.optional(),
  identity: identityCheckSchema.optional(),
  itemId: z.string().optional(),
  assignedStaffId: z.string().optional(),
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const caseItemSchema = sharedItemSchema.omit({ thumbnail: true }).extend({
  itemId: z.string(),
  addedBy: z.enum(['victim', 'counsellor']),
  addedAt: z.string(),
  upload: z.enum(['none', 'pending', 'complete', 'refused']),
  hasThumbnail: z.boolean(),
});
export type CaseItem = z.infer<typeof caseItemSchema>;

export const caseDetailSchema = z.object({
  summary: caseSummarySchema,
  locale: z.enum(['ko', 'en']),
  message: z.string(),
  items: z.array(caseItemSchema),
  events: z.array(caseEventSchema),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

/** A counsellor opens a case for someone who phoned or walked in. */
export const openCaseRequestSchema = z.object({
  locale: z.enum(['ko', 'en']),
  contact: contactPreferencesSchema,
  situation: situationSchema,
  /** What the person said, in the counsellor's words. */
  message: z.string().max(10_000).default(''),
  /** How the person reached the centre (the figures); victim requests from the locker are `online`. */
  arrival: arrivalSchema.default('phone'),
  assignToMe: z.boolean().default(true),
});
export const openCaseResponseSchema = z.object({ id: z.string() });

export const caseNoteRequestSchema = z.object({ text: z.string().trim().min(1).max(10_000) });
export const caseMessageRequestSchema = z.object({ text: z.string().trim().min(1).max(10_000), waitForReply: z.boolean().default(true) });
export const caseStatusRequestSchema = z.object({ status: caseStatusSchema });
export const caseAssignRequestSchema = z.object({ staffId: z.string().nullable() });
export const caseJunkRequestSchema = z.object({ ids: z.array(z.string().regex(/^[0-9a-hjkmnp-tv-z]{16}$/)).min(1).max(500) });
export const caseJunkResponseSchema = z.object({ destroyed: z.number().int() });
/** Viewing an original needs a reason; the answer is a one-time ticket for a download. */
export const originalRequestSchema = z.object({ reason: z.string().trim().min(5).max(500) });
export const originalTicketSchema = z.object({ url: z.string() });
/** The police package (PDF report + evidence bundle) from the case's items: a reason, the report's language. */
export const packageRequestSchema = z.object({ reason: z.string().trim().min(5).max(500), locale: z.enum(['ko', 'en']) });
export const packageTicketSchema = z.object({ url: z.string(), exhibits: z.number().int(), leftOut: z.number().int() });
/** A counsellor attaches a file received by other means: the item (as the locker writes it) first, then its bytes. */
export const attachItemRequestSchema = sharedItemSchema;
export const attachItemResponseSchema = z.object({ itemId: z.string(), uploadPath: z.string() });
