import * as z from 'zod';

/** The audit log as the console's auditor page reads it (docs/audit-log.md). */
export const AUDIT_ACTOR_KINDS = ['staff', 'victim', 'platform', 'cli', 'system'] as const;
export const auditActorKindSchema = z.enum(AUDIT_ACTOR_KINDS);

export const AUDIT_API = '/api/console/v1/audit';

const id = z.string().min(1).max(200);
const instant = z.iso.datetime({ offset: true }).describe('An instant, ISO 8601 with an offset (2026-12-02T00:00:00+09:00)');

/** Filters shared by the list and the CSV export. `action` ending in "." matches every action it starts. */
export const auditFilterSchema = z.object({
  from: instant.optional().describe('From this instant (inclusive)'),
  to: instant.optional().describe('Until this instant (exclusive)'),
  actorKind: auditActorKindSchema.optional(),
  actor: id.optional().describe("The actor's id: a staff id or a platform key id"),
  action: z.string().regex(/^[a-z][a-z0-9_.]{0,63}$/).optional().describe('An action (case.read), or its start (case.)'),
  caseId: id.optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditListQuerySchema = auditFilterSchema.extend({
  before: z.coerce.number().int().positive().optional().describe('Rows before this seq: the previous page\'s nextBefore'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditListQuery = z.input<typeof auditListQuerySchema>;

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorKind: auditActorKindSchema,
  actorId: z.string().nullable(),
  sessionId: z.string().nullable(),
  action: z.string(),
  caseId: z.string().nullable(),
  subjectStaffId: z.string().nullable(),
  reason: z.string().nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Pass as `before` for the next (older) page; null on the last. */
  nextBefore: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  head: z.object({ seq: z.number().int(), hash: z.string() }),
  anchorsChecked: z.number().int(),
  anchorFileFound: z.boolean(),
  problem: z.object({ seq: z.number().int(), kind: z.string(), reason: z.string() }).nullable(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;

export const auditAnchorSchema = z.object({ seq: z.number().int(), hash: z.string(), at: z.string() });
export type AuditAnchor = z.infer<typeof auditAnchorSchema>;
