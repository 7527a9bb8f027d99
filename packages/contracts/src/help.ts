/**
 * The help request: what a victim sends from the locker (no account), the case code and PIN they get
 * back, and what they can do with them (`/api/help/v1`). Design: docs/decisions/0016-help-requests.md.
 */
import { evidenceItemSchema } from '@jikim/evidence';
import * as z from 'zod';
import { consentKindSchema, victimTakedownSchema } from './case-work.js';

/** Crockford base32 without I, L, O, U. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** A case code: 15 Crockford base32 characters (75 random bits) in three groups, `K7Q2M-9XH4T-B3W8N`. */
export const CASE_CODE_PATTERN = new RegExp(`^[${CROCKFORD}]{5}-[${CROCKFORD}]{5}-[${CROCKFORD}]{5}$`);
export const CASE_CODE_ALPHABET = CROCKFORD;
/** Typed codes are forgiven case, spaces, missing dashes and the look-alikes O→0, I/L→1. */
export function normaliseCaseCode(input: string): string {
  const raw = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return raw.length === 15 ? `${raw.slice(0, 5)}-${raw.slice(5, 10)}-${raw.slice(10)}` : raw;
}
export const caseCodeSchema = z.string().max(40).transform(normaliseCaseCode).pipe(z.string().regex(CASE_CODE_PATTERN));
/** Six digits, chosen by the server. */
export const casePinSchema = z.string().regex(/^\d{6}$/);

/** Every victim call after the request carries the code and PIN in these headers (never in a URL). */
export const CASE_CODE_HEADER = 'x-jikim-case-code';
export const CASE_PIN_HEADER = 'x-jikim-case-pin';

/** How and when it is safe to reach the person. */
export const contactPreferencesSchema = z.object({
  /** What to call them (a first name or a nickname is enough). */
  name: z.string().trim().max(100).optional(),
  channels: z.array(z.enum(['phone', 'sms', 'email'])).min(1).max(3),
  phone: z.string().trim().max(40).regex(/^[+0-9][0-9 ()+-]*$/, 'a phone number: digits, spaces, +, -, ( )').optional(),
  email: z.email().max(254).optional(),
  /** Free text: "weekdays after 7 pm", "not when I am at home". */
  safeHours: z.string().trim().max(300).default(''),
  noVoicemail: z.boolean().default(true),
  /** Said by the counsellor first, so the person knows the call is genuine. */
  codeWord: z.string().trim().max(100).optional(),
}).superRefine((c, ctx) => {
  if ((c.channels.includes('phone') || c.channels.includes('sms')) && !c.phone) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'a phone number for phone or SMS' });
  if (c.channels.includes('email') && !c.email) ctx.addIssue({ code: 'custom', path: ['email'], message: 'an e-mail address for e-mail' });
});
export type ContactPreferences = z.infer<typeof contactPreferencesSchema>;

/** What happened, as the person chose it; `synthesis`: a deepfake or an edited image (issue 13's figures). */
export const SITUATIONS = ['illegal-shooting', 'dissemination', 'threat', 'synthesis', 'unsure'] as const;
export const situationSchema = z.enum(SITUATIONS);

/** The on-device thumbnail of a shared file: the server stores it sealed and never decodes it. */
export const thumbnailSchema = z.object({
  mediaType: z.enum(['image/jpeg', 'image/webp', 'image/png']),
  /** base64, at most 256 KiB decoded. */
  base64: z.string().max(349_528).regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

/**
 * One shared locker item, as the evidence bundle writes it (so a counsellor's police package from
 * the case carries the victim's own hashes and history), with the file's thumbnail.
 */
export const sharedItemSchema = z.object({
  item: evidenceItemSchema,
  thumbnail: thumbnailSchema.optional(),
});
export type SharedItem = z.infer<typeof sharedItemSchema>;

/** Limits the README states: at most this many items a request, files up to this size. */
export const HELP_LIMITS = { items: 50, fileBytes: 2 * 1024 ** 3, messageChars: 10_000 } as const;

/** The self-hosted proof of work (altcha): the challenge the client solves before asking. */
export const powChallengeSchema = z.object({
  algorithm: z.literal('SHA-256'),
  challenge: z.string(),
  maxnumber: z.number().int().positive(),
  salt: z.string(),
  signature: z.string(),
});
export type PowChallenge = z.infer<typeof powChallengeSchema>;
/** altcha's payload: base64 of the JSON solution. */
export const powSolutionSchema = z.string().min(1).max(4_000);

export const helpRequestSchema = z.object({
  pow: powSolutionSchema,
  locale: z.enum(['ko', 'en']),
  contact: contactPreferencesSchema,
  situation: situationSchema,
  message: z.string().max(HELP_LIMITS.messageChars).default(''),
  items: z.array(sharedItemSchema).max(HELP_LIMITS.items).default([]),
});
export type HelpRequest = z.input<typeof helpRequestSchema>;

/** One file the client still has to upload (tus, `uploadPath`), with the id the upload names. */
export const pendingUploadSchema = z.object({ itemId: z.string(), sha256: z.string(), bytes: z.number().int() });

export const helpRequestResponseSchema = z.object({
  caseCode: z.string(),
  pin: z.string(),
  /** tus endpoint for the files; each upload carries `itemId` in its metadata and the code/PIN headers. */
  uploadPath: z.string(),
  uploads: z.array(pendingUploadSchema),
});
export type HelpRequestResponse = z.infer<typeof helpRequestResponseSchema>;

/** What the person sees with the code and PIN: no staff names, nothing they did not send or receive. */
export const helpStatusSchema = z.object({
  status: z.enum(['received', 'in_progress', 'waiting_for_you', 'closed', 'withdrawn']),
  createdAt: z.string(),
  items: z.array(z.object({
    itemId: z.string(),
    kind: z.string(),
    title: z.string(),
    /** Files only: where the upload stands. */
    upload: z.enum(['pending', 'complete', 'refused']).optional(),
    sha256: z.string().optional(),
    bytes: z.number().int().optional(),
  })),
  messages: z.array(z.object({ id: z.string(), at: z.string(), from: z.enum(['you', 'centre']), text: z.string() })),
  /** The case's takedowns: what the centre recorded and what the person shared (issue 13). */
  takedowns: z.array(victimTakedownSchema).default([]),
  /** What the person has agreed to now (the last record of each kind). */
  consents: z.partialRecord(consentKindSchema, z.boolean()).default({}),
  /** When each consent given now was given (ISO time of its last record); optional, so the view says "you agreed" without a date when absent. */
  consentsSince: z.partialRecord(consentKindSchema, z.string()).optional(),
});
export type HelpStatus = z.infer<typeof helpStatusSchema>;
/** The language the status is read in (names of sites and services); the request's language when absent. */
export const helpStatusQuerySchema = z.object({ locale: z.enum(['ko', 'en']).optional() });

export const helpMessageRequestSchema = z.object({ text: z.string().trim().min(1).max(HELP_LIMITS.messageChars) });
/** The message as stored: its id and time (it shows among the case's messages from 'you'). */
export const helpMessageResponseSchema = z.object({ id: z.string(), at: z.string() });
export const helpAddItemsRequestSchema = z.object({ items: z.array(sharedItemSchema).min(1).max(HELP_LIMITS.items) });
export const helpAddItemsResponseSchema = z.object({ uploads: z.array(pendingUploadSchema) });
/** The person typed the confirmation; withdrawing cannot be undone. */
export const helpWithdrawRequestSchema = z.object({ confirm: z.literal(true) });
