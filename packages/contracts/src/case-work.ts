/**
 * Case work in the console (issue 13): takedown targets shared with the victim, bulk URL entry,
 * deletion letters sent by e-mail or marked sent by web form, replies, reminders, the centre's own
 * operators, consent records, referrals, and the figures. Design: docs/decisions/0017-case-work.md.
 *
 * Routes (all under /api/console/v1, staff session + CSRF as the rest of the console):
 *   GET  /cases/:id/targets                    → targetListSchema
 *   POST /cases/:id/targets                    ← addTargetsRequestSchema → addTargetsResponseSchema
 *   POST /cases/:id/targets/:targetId/status   ← targetStatusRequestSchema → targetSchema
 *   POST /cases/:id/letters/preview            ← letterDraftRequestSchema → letterDraftSchema
 *   POST /cases/:id/letters                    ← sendLetterRequestSchema → sentLetterSchema
 *   GET  /cases/:id/letters                    → sentLetterListSchema
 *   GET  /cases/:id/consents                   → consentStateSchema
 *   POST /cases/:id/consents                   ← consentRequestSchema → consentStateSchema
 *   GET  /cases/:id/referrals                  → referralListSchema
 *   POST /cases/:id/referrals                  ← newReferralRequestSchema → referralSchema
 *   POST /cases/:id/referrals/:referralId/state ← referralStateRequestSchema → referralSchema
 *   GET  /reminders?scope=mine|all             → remindersSchema
 *   GET  /operators                            → operatorDirectorySchema
 *   POST /operators                            ← centreOperatorInputSchema → centreOperatorSchema
 *   PUT  /operators/:operatorId                ← centreOperatorInputSchema → centreOperatorSchema
 *   DELETE /operators/:operatorId              → 204
 *   GET  /mail/status                          → mailStatusSchema (is SMTP configured)
 *   GET  /stats?from&to                        → statsSchema (admins)
 *   GET  /stats.csv?from&to                    → text/csv (admins)
 * Victim side (/api/help/v1, code + PIN headers): helpStatusSchema gains `takedowns` and `consents`;
 *   POST /case/takedowns ← victimTakedownsRequestSchema (share the locker tracker's records)
 *   POST /case/consents  ← victimConsentRequestSchema
 */
import { TAKEDOWN_URL_MAX_CHARS } from '@jikim/case';
import * as z from 'zod';

const iso = z.string();
const text = (max: number) => z.string().trim().max(max);
const caseIdPattern = /^[0-9a-hjkmnp-tv-z]{16}$/;
/** Target, letter, referral, consent and operator ids: random, url-safe, never sequential. */
const randomId = z.string().regex(/^[A-Za-z0-9_-]{8,48}$/);

/** Site types the figures group deletion requests by. */
export const SITE_TYPES = ['adult', 'search', 'social', 'webhard', 'messenger', 'other'] as const;
export const siteTypeSchema = z.enum(SITE_TYPES);
export type SiteType = z.infer<typeof siteTypeSchema>;

/** `found`: entered but not yet asked; then the takedown statuses of @jikim/case. */
export const TARGET_STATUSES = ['found', 'requested', 'acknowledged', 'removed', 'refused', 'reappeared'] as const;
export const targetStatusSchema = z.enum(TARGET_STATUSES);
export type TargetStatus = z.infer<typeof targetStatusSchema>;
export const takedownStatusSchema = z.enum(['requested', 'acknowledged', 'removed', 'refused', 'reappeared']);
export const takedownMethodSchema = z.enum(['form', 'email', 'in-app', 'phone', 'other']);

/**
 * Where a target goes: a shipped directory channel id (`naver`), a centre operator (`centre:<id>`)
 * or `other` (not in either; the counsellor writes by hand).
 */
export const operatorKeySchema = z.string().regex(/^(other|[a-z0-9]+(-[a-z0-9]+)*|centre:[A-Za-z0-9_-]{8,48})$/);

/** An event of a target's history, in the takedown event format the locker's tracker keeps. */
export const targetEventSchema = z.object({
  at: iso,
  status: takedownStatusSchema,
  reference: z.string().optional(),
  response: z.string().optional(),
  actor: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('victim') }),
    z.object({ kind: z.literal('counsellor'), staffId: z.string(), name: z.string().optional() }),
    /** `name`: the platform's name when it answered through its deletion-request inbox. */
    z.object({ kind: z.literal('platform'), keyId: z.string(), name: z.string().optional() }),
  ]),
  /** The letter that made this "requested" event, when it was one. */
  letterId: z.string().optional(),
});
export type TargetEvent = z.infer<typeof targetEventSchema>;

export const targetSchema = z.object({
  id: z.string(),
  /** Exactly as entered: never normalised (a different string can be a different page). */
  url: z.string(),
  host: z.string(),
  operator: operatorKeySchema,
  /** The operator's display name (the directory's, in the console's language, or the centre's). */
  operatorName: z.string(),
  siteType: siteTypeSchema,
  status: targetStatusSchema,
  /** Who entered it: a counsellor, or the victim sharing a record of their locker's tracker. */
  source: z.enum(['counsellor', 'victim']),
  method: takedownMethodSchema.optional(),
  createdAt: iso,
  events: z.array(targetEventSchema),
});
export type Target = z.infer<typeof targetSchema>;
export const targetListSchema = z.object({ targets: z.array(targetSchema) });

export const targetParamsSchema = z.object({ id: z.string().regex(caseIdPattern), targetId: randomId });

/** At most this many targets a case, and URLs up to this long (the letter code's own bound). */
export const CASE_WORK_LIMITS = { targetsPerCase: 2_000, urlChars: TAKEDOWN_URL_MAX_CHARS, bulkLines: 1_000 } as const;

/** Bulk entry: the lines as parsed and grouped in the browser (the server checks each URL again). */
export const addTargetsRequestSchema = z.object({
  targets: z.array(z.object({
    url: z.string().max(CASE_WORK_LIMITS.urlChars),
    /** The counsellor's choice of operator; classified from the host when absent. */
    operator: operatorKeySchema.optional(),
  })).min(1).max(CASE_WORK_LIMITS.bulkLines),
});
/** Created targets, and URLs the case already had (exact string match through the keyed-hash index). */
export const addTargetsResponseSchema = z.object({ added: z.array(targetSchema), alreadyInCase: z.array(z.string()) });

/** A reply or a change recorded against a target (a reply is `acknowledged`, `removed` or `refused` with the text). */
export const targetStatusRequestSchema = z.object({
  status: takedownStatusSchema,
  reference: text(10_000).optional(),
  response: text(10_000).optional(),
  /** When it happened, if not now (e.g. the date on the operator's e-mail). */
  at: z.iso.datetime({ offset: true }).optional(),
});

export const letterDraftRequestSchema = z.object({
  targetIds: z.array(randomId).min(1).max(500),
  locale: z.enum(['ko', 'en']),
  contentKind: z.enum(['illegal-filming', 'non-consensual-sharing', 'manipulated-images', 'threat-material']),
  /** YYYY-MM-DD in Korea, after today. */
  respondBy: z.iso.date(),
  /** Items of the case whose hashes the letter lists; none when absent. */
  evidenceItemIds: z.array(z.string().max(128)).max(500).default([]),
  /** The centre signs, not the victim: name and contact of the centre. */
  requester: z.object({ name: text(200).optional(), contact: text(200).optional() }).optional(),
});
export const letterDraftSchema = z.object({ subject: z.string(), body: z.string(), to: z.string().optional() });

export const sendLetterRequestSchema = letterDraftRequestSchema.extend({
  send: z.discriminatedUnion('method', [
    /** Sent now through the deployment's SMTP. */
    z.object({ method: z.literal('email'), to: z.email().max(254) }),
    /** The counsellor sent it through the operator's web form; the reference the form gave. */
    z.object({ method: z.literal('web_form'), reference: text(500).default(''), formUrl: z.string().max(2_000).optional() }),
  ]),
});

export const sentLetterSchema = z.object({
  id: z.string(),
  at: iso,
  method: z.enum(['email', 'web_form']),
  /** The e-mail address, or the form's URL. */
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  locale: z.enum(['ko', 'en']),
  /** SMTP Message-ID, or the reference the web form gave. */
  messageId: z.string(),
  targetIds: z.array(z.string()),
  actor: z.object({ staffId: z.string(), name: z.string().optional() }),
});
export type SentLetter = z.infer<typeof sentLetterSchema>;
export const sentLetterListSchema = z.object({ letters: z.array(sentLetterSchema) });

export const mailStatusSchema = z.object({ configured: z.boolean(), from: z.string().optional() });

/** Reminders on the dashboard: no answer after 7 and 14 days (Seoul days), and removals due for a re-check. */
export const reminderSchema = z.object({
  caseId: z.string(),
  targetId: z.string(),
  url: z.string(),
  operatorName: z.string(),
  since: iso,
  days: z.number().int(),
});
export const remindersSchema = z.object({
  noAnswer7: z.array(reminderSchema),
  noAnswer14: z.array(reminderSchema),
  recheck: z.array(reminderSchema.extend({ reason: z.enum(['removed', 'reappeared']) })),
});
export type RemindersView = z.infer<typeof remindersSchema>;
export const remindersQuerySchema = z.object({ scope: z.enum(['mine', 'all']).default('mine') });

/** A site operator the centre writes to often, kept beside the shipped directory. */
export const centreOperatorInputSchema = z.object({
  name: text(200).min(1),
  email: z.email().max(254).optional(),
  formUrl: z.url({ protocol: /^https?$/ }).max(2_000).optional(),
  /** The language letters to it are written in. */
  language: z.enum(['ko', 'en']),
  siteType: siteTypeSchema,
  /** Hosts that belong to it (`example.com` also covers `www.example.com`). */
  domains: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/).max(253)).max(50).default([]),
  notes: text(2_000).default(''),
});
export const centreOperatorSchema = centreOperatorInputSchema.extend({ id: z.string(), key: operatorKeySchema, updatedAt: iso });
export type CentreOperator = z.infer<typeof centreOperatorSchema>;
export const operatorParamsSchema = z.object({ operatorId: randomId });
export const shippedOperatorSchema = z.object({
  key: operatorKeySchema,
  name: z.object({ ko: z.string(), en: z.string() }),
  siteType: siteTypeSchema,
  languages: z.array(z.string()),
  email: z.string().optional(),
  formUrl: z.string().optional(),
  domains: z.array(z.string()),
  verified: z.boolean(),
  sources: z.array(z.object({ url: z.string(), title: z.string() })),
  checkedOn: z.string(),
});
export const operatorDirectorySchema = z.object({ shipped: z.array(shippedOperatorSchema), centre: z.array(centreOperatorSchema) });
export type OperatorDirectory = z.infer<typeof operatorDirectorySchema>;

/** What a person can agree to; each is given or withdrawn on its own. */
export const CONSENT_KINDS = ['write_to_operators', 'police', 'kcsc', 'support_services', 'transfer', 'hash_protection', 'retention'] as const;
export const consentKindSchema = z.enum(CONSENT_KINDS);
export type ConsentKind = z.infer<typeof consentKindSchema>;
export const consentRecordSchema = z.object({
  id: z.string(),
  kind: consentKindSchema,
  granted: z.boolean(),
  at: iso,
  /** In the locker (the person's own choice) or recorded by a counsellor (said on the phone, in person). */
  how: z.enum(['locker', 'counsellor']),
  actor: z.object({ kind: z.enum(['victim', 'counsellor']), staffId: z.string().optional(), name: z.string().optional() }),
  note: z.string(),
});
export const consentStateSchema = z.object({
  records: z.array(consentRecordSchema),
  /** The last record of each kind; absent kinds were never asked. */
  current: z.partialRecord(consentKindSchema, z.boolean()),
});
export type ConsentState = z.infer<typeof consentStateSchema>;
export const consentRequestSchema = z.object({ kind: consentKindSchema, granted: z.boolean(), note: text(2_000).default('') });

export const REFERRAL_KINDS = ['police', 'legal_aid', 'medical', 'psychological', 'kcsc', 'centre'] as const;
export const referralKindSchema = z.enum(REFERRAL_KINDS);
export const REFERRAL_STATES = ['proposed', 'consented', 'sent', 'accepted', 'declined', 'done'] as const;
export const referralStateSchema = z.enum(REFERRAL_STATES);
/** The consent each referral kind needs. */
export const REFERRAL_CONSENT: Readonly<Record<z.infer<typeof referralKindSchema>, ConsentKind>> = {
  police: 'police', kcsc: 'kcsc', centre: 'transfer', legal_aid: 'support_services', medical: 'support_services', psychological: 'support_services',
};
export const referralSchema = z.object({
  id: z.string(),
  kind: referralKindSchema,
  state: referralStateSchema,
  /** Which station, organisation or centre. */
  organisation: z.string(),
  note: z.string(),
  createdAt: iso,
  updatedAt: iso,
  /** Set when the referral went ahead without the consent its kind needs. */
  withoutConsentReason: z.string().optional(),
  /** Without consent now: never given, or withdrawn after the referral was made. */
  flagged: z.boolean(),
  history: z.array(z.object({ at: iso, state: referralStateSchema, note: z.string(), actor: z.object({ staffId: z.string(), name: z.string().optional() }) })),
});
export type Referral = z.infer<typeof referralSchema>;
export const referralListSchema = z.object({ referrals: z.array(referralSchema) });
export const newReferralRequestSchema = z.object({
  kind: referralKindSchema,
  organisation: text(300).min(1),
  note: text(2_000).default(''),
  /** Required when the consent the kind needs is not given (recorded, and flagged in the audit). */
  withoutConsentReason: text(2_000).min(10).optional(),
});
export const referralParamsSchema = z.object({ id: z.string().regex(caseIdPattern), referralId: randomId });
export const referralStateRequestSchema = z.object({
  state: referralStateSchema,
  note: text(2_000).default(''),
  /** Required to move to `sent` when the consent the kind needs is not given (recorded, and flagged in the audit). */
  withoutConsentReason: text(2_000).min(10).optional(),
});

/** A count in the figures: below 5 it is never shown (`'<5'`), so no figure identifies a person. */
export const suppressedCountSchema = z.union([z.number().int().min(5), z.literal(0), z.literal('<5')]);
export type SuppressedCount = z.infer<typeof suppressedCountSchema>;
const countRow = z.object({ key: z.string(), count: suppressedCountSchema });
export const SCENARIOS = ['illegal-shooting', 'dissemination', 'threat', 'synthesis', 'unsure'] as const;
export const ARRIVALS = ['online', 'phone', 'walk_in', 'email', 'referral', 'other'] as const;
export const arrivalSchema = z.enum(ARRIVALS);
export const OUTCOMES = ['removed', 'refused', 'no_answer', 'reappeared', 'pending'] as const;
/** `locale`: the language of operator names (and of the CSV's names); Korean when absent. */
export const statsQuerySchema = z.object({ from: z.iso.date(), to: z.iso.date(), locale: z.enum(['ko', 'en']).default('ko') });
export const statsSchema = z.object({
  /** Seoul calendar days, inclusive. */
  from: z.string(),
  to: z.string(),
  cases: z.object({ total: suppressedCountSchema, byScenario: z.array(countRow), byArrival: z.array(countRow) }),
  /** Deletion requests: targets first requested in the period. */
  requests: z.object({
    total: suppressedCountSchema,
    bySiteType: z.array(countRow),
    byOperator: z.array(countRow.extend({ name: z.string() })),
    byOutcome: z.array(countRow),
  }),
  /** Days from the first request to the first removal, per operator (null when fewer than 5 removals). */
  removalDays: z.array(z.object({ key: z.string(), name: z.string(), removed: suppressedCountSchema, median: z.number().nullable(), p90: z.number().nullable() })),
  referrals: z.object({ byKind: z.array(countRow) }),
});
export type Stats = z.infer<typeof statsSchema>;

/** The victim's view of the case's takedowns (with code + PIN): no staff names. */
export const victimTakedownSchema = z.object({
  id: z.string(),
  url: z.string(),
  operatorName: z.string(),
  status: targetStatusSchema,
  events: z.array(z.object({ at: iso, status: takedownStatusSchema, by: z.enum(['you', 'centre', 'platform']), site: z.string().optional(), reference: z.string().optional(), response: z.string().optional() })),
});
export type VictimTakedown = z.infer<typeof victimTakedownSchema>;
/** The locker's tracker records the person chooses to share (the @jikim/case TakedownRequest shape). */
export const victimTakedownsRequestSchema = z.object({
  takedowns: z.array(z.object({
    id: z.string().min(1).max(128),
    url: z.string().max(CASE_WORK_LIMITS.urlChars),
    channel: z.string().max(200),
    reportedAt: iso,
    method: takedownMethodSchema,
    events: z.array(z.object({ at: iso, status: takedownStatusSchema, reference: z.string().max(10_000).optional(), response: z.string().max(10_000).optional() })).min(1).max(200),
  })).min(1).max(500),
});
export const victimConsentRequestSchema = z.object({ kind: consentKindSchema, granted: z.boolean() });
