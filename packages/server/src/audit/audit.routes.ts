/**
 * The auditor's routes (console, `auditor` role only; see docs/audit-log.md for why not admins):
 * the log filtered and paged, its CSV export, a verification of the chain, and an anchor on
 * demand. Every one of them is itself audited before it answers.
 */
import { Readable } from 'node:stream';
import {
  AUDIT_API,
  auditAnchorSchema,
  auditFilterSchema,
  auditListQuerySchema,
  auditPageSchema,
  auditVerificationSchema,
  type AuditFilter,
  type AuditVerification,
} from '@jikim/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiRoute } from '../api/api-route.js';
import type { Db } from '../db/database.js';
import { currentStaff, requireStaff } from '../staff/require-staff.js';
import type { AuditActor } from './audit-port.js';
import { auditCsv } from './audit-csv.js';
import { auditRepository, toEntry } from './audit.repository.js';
import { verifyAuditChain } from './audit-verify.js';

const TAGS = ['audit'];

function actorOf(request: FastifyRequest): AuditActor {
  const staff = currentStaff(request);
  return { kind: 'staff', staffId: staff.id, sessionId: staff.sessionId };
}

/** The filters as audit detail: ids and times only, the case in its own column. */
function filterDetail({ from, to, actorKind, actor, action }: AuditFilter): Record<string, string> {
  return Object.fromEntries(Object.entries({ from, to, actorKind, actor, action }).filter((e): e is [string, string] => e[1] !== undefined));
}

export function registerAuditRoutes(app: FastifyInstance, db: Db, anchorFile: string): void {
  const repository = auditRepository(db.kysely);
  const preHandler = requireStaff('auditor');

  apiRoute(app, {
    method: 'GET',
    url: `${AUDIT_API}/entries`,
    summary: 'Audit log entries, newest first, filtered and paged',
    tags: TAGS,
    security: 'staff-session',
    preHandler,
    query: auditListQuerySchema,
    responses: { 200: { description: 'One page', schema: auditPageSchema } },
  }, async ({ query: { before, limit, ...filter } }, request) => {
    const page = await repository.page(filter, before, limit);
    await app.audit.append({ actor: actorOf(request), action: 'audit.read', caseId: filter.caseId ?? null, detail: { ...filterDetail(filter), rows: page.rows.length } });
    return { entries: page.rows.map(toEntry), nextBefore: page.nextBefore };
  });

  apiRoute(app, {
    method: 'GET',
    url: `${AUDIT_API}/entries.csv`,
    summary: 'The filtered audit log as CSV (UTF-8 with BOM, formula cells neutralised), oldest first',
    tags: TAGS,
    security: 'staff-session',
    preHandler,
    query: auditFilterSchema,
    responses: { 200: { description: 'text/csv attachment' } },
  }, async ({ query: filter }, request, reply) => {
    await app.audit.append({ actor: actorOf(request), action: 'audit.export', caseId: filter.caseId ?? null, detail: filterDetail(filter) });
    const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="jikim-audit-${day}.csv"`)
      .send(Readable.from(auditCsv(repository.all(filter))));
  });

  apiRoute(app, {
    method: 'GET',
    url: `${AUDIT_API}/verification`,
    summary: "Checks the whole chain and the anchor file, as `jikim audit verify` does",
    tags: TAGS,
    security: 'staff-session',
    preHandler,
    responses: { 200: { description: 'The result', schema: auditVerificationSchema } },
  }, async (_input, request) => {
    const report = await verifyAuditChain(db.kysely, [{ file: anchorFile, strict: true }]);
    await app.audit.append({ actor: actorOf(request), action: 'audit.verify', detail: { ok: report.ok, rows: report.rows, firstBadSeq: report.problem?.seq ?? null } });
    const body: AuditVerification = {
      ok: report.ok,
      rows: report.rows,
      head: report.head,
      anchorsChecked: report.anchors.checked,
      anchorFileFound: report.anchors.missingFiles.length === 0,
      problem: report.problem ? { seq: report.problem.seq, kind: report.problem.kind, reason: report.problem.reason } : null,
    };
    return body;
  });

  apiRoute(app, {
    method: 'POST',
    url: `${AUDIT_API}/anchors`,
    summary: "Writes the chain's head outside the database now (after recording who asked)",
    tags: TAGS,
    security: 'staff-session',
    preHandler,
    responses: { 201: { description: 'The anchor written', schema: auditAnchorSchema } },
  }, async (_input, request, reply) => {
    await app.audit.append({ actor: actorOf(request), action: 'audit.anchor' });
    return reply.code(201).send(await app.audit.anchor());
  });
}
