/**
 * The console's deletion letters of a case: a preview (the text as it would go), sending (by e-mail
 * or marked sent by web form; 409 consent_missing without the person's consent to write to
 * operators), the letters kept; and whether this server sends e-mail at all. Counsellors only.
 */
import {
  caseIdParamsSchema,
  errorResponseSchema,
  letterDraftRequestSchema,
  letterDraftSchema,
  mailStatusSchema,
  sendLetterRequestSchema,
  sentLetterListSchema,
  sentLetterSchema,
} from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api/api-route.js';
import { CASE_TAGS, counsellorActor, V1 } from '../console/case-deps.js';
import { requireStaff } from '../staff/require-staff.js';
import type { CaseWork } from './case-work-deps.js';
import { caseLetters } from './letters.js';
import { operatorName } from './operators.js';

export function registerLetterRoutes(app: FastifyInstance, w: CaseWork): void {
  const { c } = w;
  const letters = caseLetters(w);
  const spec = { tags: CASE_TAGS, security: 'staff-session' as const, preHandler: requireStaff('counsellor') };

  apiRoute(app, {
    ...spec, method: 'POST', url: `${V1}/cases/:id/letters/preview`, params: caseIdParamsSchema, body: letterDraftRequestSchema,
    summary: 'The letter for these targets of one operator, as it would be sent (nothing is kept)',
    responses: { 200: { description: 'Subject, text and the operator’s address when known', schema: letterDraftSchema } },
  }, async ({ params, body }, request) => {
    const found = await c.live(params.id);
    const { letter, to } = await letters.draft(found.id, body);
    await c.audit(request, { action: 'case.letter.preview', caseId: found.id, detail: { targets: body.targetIds.length } });
    return { subject: letter.subject, body: letter.body, ...(to !== undefined ? { to } : {}) };
  });

  apiRoute(app, {
    ...spec, method: 'POST', url: `${V1}/cases/:id/letters`, params: caseIdParamsSchema, body: sendLetterRequestSchema,
    summary: 'Send the letter by e-mail, or record it sent by the operator’s web form; its targets become requested',
    responses: {
      201: { description: 'The letter kept', schema: sentLetterSchema },
      409: { description: 'consent_missing: the person has not agreed to letters to operators; or e-mail is not configured', schema: errorResponseSchema },
    },
  }, async ({ params, body }, request, reply) => {
    const found = await c.live(params.id);
    const { letter, operator } = await letters.send(found.id, body, request);
    const centre = await w.operators.byKeys([operator]);
    await c.events.append(found.id, { type: 'letter_sent', actor: counsellorActor(request), body: { text: operatorName(operator, found.locale, centre) } });
    await c.audit(request, { action: 'case.letter.send', caseId: found.id, detail: { method: body.send.method, operator, targets: letter.targetIds.length } });
    return reply.code(201).send(letter);
  });

  apiRoute(app, {
    ...spec, method: 'GET', url: `${V1}/cases/:id/letters`, params: caseIdParamsSchema,
    summary: 'The letters sent for this case, oldest first',
    responses: { 200: { description: 'The letters', schema: sentLetterListSchema } },
  }, async ({ params }, request) => {
    const found = await c.live(params.id);
    const list = await letters.list(found.id);
    await c.audit(request, { action: 'case.letters.read', caseId: found.id, detail: { count: list.length } });
    return { letters: list };
  });

  apiRoute(app, {
    ...spec, method: 'GET', url: `${V1}/mail/status`,
    summary: 'Whether this server sends letters by e-mail (SMTP_URL set); without it letters are marked sent by web form',
    responses: { 200: { description: 'Mail status', schema: mailStatusSchema } },
  }, async () => (w.mailer === null ? { configured: false } : { configured: true, from: w.mailer.from }));
}
