/**
 * The victim side's JSON routes (`/api/help/v1`): the proof-of-work challenge, the request, and
 * with the case code and PIN (headers) the status, a message, more items and withdrawal.
 */
import {
  errorResponseSchema,
  helpAddItemsRequestSchema,
  helpAddItemsResponseSchema,
  helpMessageRequestSchema,
  helpMessageResponseSchema,
  helpRequestResponseSchema,
  helpRequestSchema,
  helpStatusQuerySchema,
  helpStatusSchema,
  helpWithdrawRequestSchema,
  powChallengeSchema,
  victimConsentRequestSchema,
  victimTakedownsRequestSchema,
} from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api/api-route.js';
import { recordVictimConsent } from '../case-work/consents-victim.js';
import { shareVictimTakedowns } from '../case-work/victim-takedowns.js';
import { createHelpRequest } from './create-request.js';
import { caseOf, requireCase } from './help-auth.js';
import { HELP_TAGS, HELP_V1, ITEMS_BODY_LIMIT, type HelpDeps } from './help-deps.js';
import { intakeLimits } from './intake-limits.js';
import { proofOfWork } from './pow.js';
import { victimCase } from './victim-case.js';
import { withdrawCase } from './withdraw-case.js';

const PRUNE_EVERY_MS = 60_000;
const refused = { 401: { description: 'Wrong code or PIN, or no such case (one answer for all)', schema: errorResponseSchema } };

export function registerHelpRoutes(app: FastifyInstance, deps: HelpDeps): void {
  const pow = proofOfWork(deps);
  const auth = requireCase(deps);
  const cases = victimCase(deps);
  let prunedAt = 0;

  apiRoute(app, {
    method: 'GET', url: `${HELP_V1}/challenge`, tags: HELP_TAGS, security: 'none',
    summary: 'A proof-of-work challenge (altcha) to solve before asking for help',
    responses: { 200: { description: 'The challenge; it expires after 10 minutes', schema: powChallengeSchema } },
  }, async () => {
    if (deps.now().getTime() - prunedAt > PRUNE_EVERY_MS) {
      prunedAt = deps.now().getTime();
      await pow.prune();
      await intakeLimits(deps).prune();
    }
    return pow.challenge();
  });

  apiRoute(app, {
    method: 'POST', url: `${HELP_V1}/requests`, tags: HELP_TAGS, security: 'none',
    summary: 'Ask a support centre for help: opens a case and answers with its code and PIN',
    body: helpRequestSchema, bodyLimit: ITEMS_BODY_LIMIT,
    responses: {
      201: { description: 'The case code, PIN and the files still to upload', schema: helpRequestResponseSchema },
      403: { description: 'The proof of work is wrong, expired or already used', schema: errorResponseSchema },
      429: { description: 'Too many requests from this address or in all (Retry-After)', schema: errorResponseSchema },
    },
  }, async ({ body }, request, reply) => {
    const created = await createHelpRequest(deps, body, request.ip);
    return reply.code(201).send(created);
  });

  apiRoute(app, {
    method: 'GET', url: `${HELP_V1}/case`, tags: HELP_TAGS, security: 'case-pin', preHandler: auth,
    summary: 'The case as its person sees it: status, items, messages, takedowns, consents (site names in the page\'s language)',
    query: helpStatusQuerySchema,
    responses: { 200: { description: 'The case', schema: helpStatusSchema }, ...refused },
  }, async ({ query }, request) => cases.status(caseOf(request), query.locale));

  apiRoute(app, {
    method: 'POST', url: `${HELP_V1}/case/messages`, tags: HELP_TAGS, security: 'case-pin', preHandler: auth,
    summary: 'Write to the support centre',
    body: helpMessageRequestSchema,
    responses: { 201: { description: 'The message', schema: helpMessageResponseSchema }, ...refused },
  }, async ({ body }, request, reply) => reply.code(201).send(await cases.message(caseOf(request), body.text)));

  apiRoute(app, {
    method: 'POST', url: `${HELP_V1}/case/items`, tags: HELP_TAGS, security: 'case-pin', preHandler: auth,
    summary: 'Share more items from the locker',
    body: helpAddItemsRequestSchema, bodyLimit: ITEMS_BODY_LIMIT,
    responses: { 201: { description: 'The files still to upload', schema: helpAddItemsResponseSchema }, ...refused },
  }, async ({ body }, request, reply) => reply.code(201).send({ uploads: await cases.addItems(caseOf(request), body.items) }));

  apiRoute(app, {
    method: 'POST', url: `${HELP_V1}/case/consents`, tags: HELP_TAGS, security: 'case-pin', preHandler: auth,
    summary: 'Give or withdraw a consent (to write to operators, to the police, …); the status view shows the current ones',
    body: victimConsentRequestSchema,
    responses: { 204: { description: 'Recorded' }, ...refused },
  }, async ({ body }, request, reply) => {
    await recordVictimConsent(deps, caseOf(request), body);
    return reply.code(204).send();
  });

  apiRoute(app, {
    method: 'POST', url: `${HELP_V1}/case/takedowns`, tags: HELP_TAGS, security: 'case-pin', preHandler: auth,
    summary: 'Share records of the locker\'s takedown tracker with the centre (one shared again replaces the one shared before)',
    body: victimTakedownsRequestSchema,
    responses: { 204: { description: 'Kept' }, ...refused },
  }, async ({ body }, request, reply) => {
    await shareVictimTakedowns(deps, caseOf(request), body.takedowns);
    return reply.code(204).send();
  });

  apiRoute(app, {
    method: 'POST', url: `${HELP_V1}/case/withdraw`, tags: HELP_TAGS, security: 'case-pin', preHandler: auth,
    summary: 'Withdraw the request: everything shared is destroyed at once; cannot be undone',
    body: helpWithdrawRequestSchema,
    responses: { 204: { description: 'Withdrawn' }, ...refused },
  }, async (_input, request, reply) => {
    await withdrawCase(deps, caseOf(request));
    return reply.code(204).send();
  });
}
