/**
 * Bytes of a case's files, never shown as a page: the blurred thumbnail (sniffed as JPEG, PNG or
 * WebP, else served as opaque bytes) and the original, which opens only through a reason (a case
 * event and an audit row) and then a one-time ticket URL answering with an attachment. Both go out
 * with `nosniff`, a sandboxing CSP and `no-store`.
 */
import { seoulDay } from '@jikim/case';
import { caseItemParamsSchema, originalRequestSchema, originalTicketSchema } from '@jikim/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import * as z from 'zod';
import { apiRoute } from '../api/api-route.js';
import type { CaseItemRecord } from '../cases/case-items.js';
import { currentStaff, requireStaff } from '../staff/require-staff.js';
import { StaffError } from '../staff/staff-deps.js';
import { CASE_TAGS, counsellorActor, V1, type ConsoleCases } from './case-deps.js';
import { downloadTickets, type TicketBase } from './download-tickets.js';
import { sniffImage } from './sniff-image.js';
import { thumbnailAudit } from './thumbnail-audit.js';

/** A download's headers: the browser neither guesses a type nor runs anything in it. */
export function sandboxed(reply: FastifyReply, type: string, disposition: string): FastifyReply {
  return reply.type(type).headers({
    'x-content-type-options': 'nosniff',
    'content-security-policy': "sandbox; default-src 'none'",
    'cache-control': 'no-store',
    'content-disposition': disposition,
  });
}

/** `file-<Korean day it was added>.<ext>`: the extension of the original's name if plain, else `bin`. */
export function neutralFilename(record: CaseItemRecord): string {
  const ext = /\.([a-z0-9]{1,8})$/u.exec(record.item.file?.originalName.toLowerCase() ?? '')?.[1] ?? 'bin';
  return `file-${seoulDay(record.createdAt)}.${ext}`;
}

const ticketParamsSchema = z.object({ ticket: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

export function registerCaseOriginalRoutes(app: FastifyInstance, c: ConsoleCases): void {
  const counsellor = requireStaff('counsellor');
  const tickets = downloadTickets<TicketBase & { readonly itemId: string; readonly blobId: string }>(c.deps.now);
  const thumbnails = thumbnailAudit(c.deps.now);

  apiRoute(app, {
    method: 'GET', url: `${V1}/cases/:id/items/:itemId/thumbnail`, tags: CASE_TAGS, security: 'staff-session', preHandler: counsellor,
    summary: 'The on-device thumbnail (JPEG, PNG or WebP bytes; shown blurred)',
    params: caseItemParamsSchema,
    responses: { 200: { description: 'Image bytes' } },
  }, async ({ params }, request, reply) => {
    const found = await c.live(params.id);
    const item = await c.item(found.id, params.itemId);
    if (!item.thumbnailBlobId) throw new StaffError(404, 'No thumbnail');
    const chunks: Buffer[] = [];
    for await (const chunk of await c.readBlob(found.id, item.thumbnailBlobId)) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const staff = currentStaff(request);
    if (thumbnails.due(staff.sessionId, found.id)) await c.audit(request, { action: 'case.thumbnails.view', caseId: found.id });
    return sandboxed(reply, sniffImage(bytes), 'inline').send(bytes);
  });

  apiRoute(app, {
    method: 'POST', url: `${V1}/cases/:id/items/:itemId/original`, tags: CASE_TAGS, security: 'staff-session', preHandler: counsellor,
    summary: 'View an original: the reason is recorded in the case and the audit log; the answer is a one-time URL (60 s)',
    params: caseItemParamsSchema,
    body: originalRequestSchema,
    responses: { 200: { description: 'A one-time download URL', schema: originalTicketSchema } },
  }, async ({ params, body }, request) => {
    const found = await c.live(params.id);
    const item = await c.item(found.id, params.itemId);
    if (item.upload !== 'complete' || !item.blobId) throw new StaffError(409, 'The file has not arrived');
    await c.events.append(found.id, { type: 'original_viewed', actor: counsellorActor(request), body: { text: body.reason, itemId: item.id } });
    await c.audit(request, { action: 'case.original.view', caseId: found.id, reason: body.reason, detail: { kind: item.kind } });
    const ticket = tickets.issue({
      caseId: found.id, itemId: item.id, blobId: item.blobId, sessionId: currentStaff(request).sessionId, filename: neutralFilename(item),
    });
    return { url: `${V1}/originals/${ticket}` };
  });

  apiRoute(app, {
    method: 'GET', url: `${V1}/originals/:ticket`, tags: CASE_TAGS, security: 'staff-session', preHandler: counsellor,
    summary: 'The original’s bytes as an attachment, once, for the session that gave the reason (not JSON)',
    params: ticketParamsSchema,
    responses: { 200: { description: 'The file (application/octet-stream)' } },
  }, async ({ params }, request, reply) => {
    const ticket = tickets.redeem(params.ticket, currentStaff(request).sessionId);
    if (!ticket) throw new StaffError(404, 'No such ticket');
    await c.live(ticket.caseId);
    const stream = await c.readBlob(ticket.caseId, ticket.blobId);
    await c.audit(request, { action: 'case.original.download', caseId: ticket.caseId });
    return sandboxed(reply, 'application/octet-stream', `attachment; filename="${ticket.filename}"`).send(stream);
  });
}
