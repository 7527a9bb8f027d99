/**
 * The console's routes for a case's hashes in the confirmed bank (contract: case-protection.ts).
 * Counsellors only, as every case route; a withdrawn case answers 410. Reading is audited as the
 * other reads of a case are; nothing of an item (its name, its bytes, its hashes) is logged.
 */
import {
  caseIdParamsSchema,
  caseProtectionSchema,
  errorResponseSchema,
  protectionParamsSchema,
  protectionRemovedSchema,
  protectItemsRequestSchema,
  protectItemsResponseSchema,
} from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../api/api-route.js';
import { CASE_TAGS, V1, type ConsoleCases } from '../../console/case-deps.js';
import type { PlatformBankStore } from '../../platform/banks/bank-store.js';
import { requireStaff } from '../../staff/require-staff.js';
import { caseProtection } from './case-protection.js';

export function registerProtectionRoutes(app: FastifyInstance, c: ConsoleCases, store: PlatformBankStore): void {
  const protection = caseProtection(c, store);
  const spec = { tags: CASE_TAGS, security: 'staff-session' as const, preHandler: requireStaff('counsellor') };

  apiRoute(app, {
    ...spec, method: 'GET', url: `${V1}/cases/:id/protection`, params: caseIdParamsSchema,
    summary: 'The case’s hashes in the confirmed bank: whether the hash-protection consent is given, and per item its signals, matches and platforms’ feedback',
    responses: { 200: { description: 'The consent and the contents', schema: caseProtectionSchema } },
  }, async ({ params }, request) => {
    const found = await c.live(params.id);
    const view = await protection.view(found.id);
    await c.audit(request, { action: 'case.protection.list', caseId: found.id, detail: { count: view.contents.length } });
    return view;
  });

  apiRoute(app, {
    ...spec, method: 'POST', url: `${V1}/cases/:id/protection`, params: caseIdParamsSchema, body: protectItemsRequestSchema,
    summary: 'Hash photos and videos of the case on the server (PDQ with its 8 turned and mirrored hashes and MD5; MD5 and vPDQ) and add them to the confirmed bank',
    responses: {
      200: { description: 'What was added, and the items already there', schema: protectItemsResponseSchema },
      400: { description: 'not_hashable: an item is not a photo or a video, or its picture has too little detail (nothing was added)', schema: errorResponseSchema },
      409: { description: 'consent_missing: the person has not given the hash-protection consent', schema: errorResponseSchema },
    },
  }, async ({ params, body }, request) => {
    const found = await c.live(params.id);
    return protection.add(found.id, body.itemIds, request);
  });

  apiRoute(app, {
    ...spec, method: 'DELETE', url: `${V1}/cases/:id/protection/:contentId`, params: protectionParamsSchema,
    summary: 'Remove one of the case’s contents from the confirmed bank (every index and feed drops its hashes)',
    responses: { 200: { description: 'How many were removed', schema: protectionRemovedSchema } },
  }, async ({ params }, request) => {
    const found = await c.live(params.id);
    return { removed: await protection.remove(found.id, params.contentId, request) };
  });
}
