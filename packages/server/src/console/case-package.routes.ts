/**
 * The police package from a case (PDF report + evidence bundle, police-package/case-package.ts):
 * asked for with a reason and the report's language (a case event and an audit row), then fetched
 * once through a 60 s ticket bound to the session, as an attachment with a neutral name.
 */
import { Readable } from 'node:stream';
import { seoulDay } from '@jikim/case';
import { caseIdParamsSchema, packageRequestSchema, packageTicketSchema } from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import * as z from 'zod';
import { apiRoute } from '../api/api-route.js';
import { casePackage, caseManifest } from '../police-package/case-package.js';
import { currentStaff, requireStaff } from '../staff/require-staff.js';
import { StaffError } from '../staff/staff-deps.js';
import { CASE_TAGS, counsellorActor, V1, type ConsoleCases } from './case-deps.js';
import { sandboxed } from './case-originals.routes.js';
import { downloadTickets, type TicketBase } from './download-tickets.js';

const ticketParamsSchema = z.object({ ticket: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

/** `JK-<Korean day>-<start of the case id>`: the reference printed on the report's cover. */
export const packageReference = (caseId: string, now: Date) => `JK-${seoulDay(now).slice(2).replaceAll('-', '')}-${caseId.slice(0, 6).toUpperCase()}`;

export function registerCasePackageRoutes(app: FastifyInstance, c: ConsoleCases): void {
  const counsellor = requireStaff('counsellor');
  const tickets = downloadTickets<TicketBase & { readonly locale: 'ko' | 'en' }>(c.deps.now);

  apiRoute(app, {
    method: 'POST', url: `${V1}/cases/:id/package`, tags: CASE_TAGS, security: 'staff-session', preHandler: counsellor,
    summary: 'The police package (report + evidence bundle): the reason is recorded; the answer is a one-time URL (60 s)',
    params: caseIdParamsSchema,
    body: packageRequestSchema,
    responses: { 200: { description: 'A one-time download URL and what the package holds', schema: packageTicketSchema } },
  }, async ({ params, body }, request) => {
    const found = await c.live(params.id);
    const now = c.deps.now();
    const { manifest, leftOut } = caseManifest({ items: await c.items.list(found.id), caseReference: packageReference(found.id, now), locale: body.locale, now });
    if (manifest.items.length === 0) throw new StaffError(409, 'The case holds no item to package');
    await c.events.append(found.id, { type: 'package_made', actor: counsellorActor(request), body: { text: body.reason } });
    await c.audit(request, { action: 'case.package', caseId: found.id, reason: body.reason, detail: { exhibits: manifest.items.length, leftOut } });
    const ticket = tickets.issue({ caseId: found.id, sessionId: currentStaff(request).sessionId, filename: `archive-${seoulDay(now)}.zip`, locale: body.locale });
    return { url: `${V1}/packages/${ticket}`, exhibits: manifest.items.length, leftOut };
  });

  apiRoute(app, {
    method: 'GET', url: `${V1}/packages/:ticket`, tags: CASE_TAGS, security: 'staff-session', preHandler: counsellor,
    summary: 'The police package as a zip attachment, once, for the session that gave the reason (not JSON)',
    params: ticketParamsSchema,
    responses: { 200: { description: 'The evidence bundle (application/zip)' } },
  }, async ({ params }, request, reply) => {
    const ticket = tickets.redeem(params.ticket, currentStaff(request).sessionId);
    if (!ticket) throw new StaffError(404, 'No such ticket');
    const found = await c.live(ticket.caseId);
    const now = c.deps.now();
    const pkg = await casePackage({
      items: await c.items.list(found.id), caseReference: packageReference(found.id, now), locale: ticket.locale, now,
      openBlob: (blobId) => c.deps.blobs.read(found.id, blobId),
    });
    // A file that changed on disk errors the stream: the download ends broken rather than complete.
    pkg.written.catch(() => request.log.error({ caseId: found.id }, 'police package stopped: an exhibit did not match its recorded hash'));
    await c.audit(request, { action: 'case.package.download', caseId: found.id });
    return sandboxed(reply, 'application/zip', `attachment; filename="${ticket.filename}"`).send(Readable.fromWeb(pkg.stream as never));
  });
}
