/**
 * "Protect my images" (`/api/protect/v1`, no account): send hashes, then with the code and PIN
 * (headers) read the status and withdraw. The proof of work comes from the help request's
 * challenge route (`GET /api/help/v1/challenge`).
 */
import {
  errorResponseSchema,
  PROTECT_LIMITS,
  protectStatusSchema,
  protectSubmissionResponseSchema,
  protectWithdrawResponseSchema,
} from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api/api-route.js';
import { createSubmission } from './create-submission.js';
import { requireSubmission, submissionOf } from './protect-auth.js';
import { PROTECT_TAGS, PROTECT_V1, type ProtectDeps } from './protect-deps.js';
import { submissionBodySchema } from './submission-signals.js';
import { protectSubmission } from './submission-status.js';

const withCode = {
  401: { description: 'Wrong code or PIN, or no such submission (one answer for all)', schema: errorResponseSchema },
  429: { description: 'Too many failed attempts from this address this hour (Retry-After)', schema: errorResponseSchema },
};

export function registerProtectRoutes(app: FastifyInstance, deps: ProtectDeps): void {
  const auth = requireSubmission(deps);
  const submissions = protectSubmission(deps);

  apiRoute(app, {
    method: 'POST', url: `${PROTECT_V1}/submissions`, tags: PROTECT_TAGS, security: 'none',
    summary: 'Protect photos and videos by their hashes only (made on the device); answers with a code and PIN',
    body: submissionBodySchema, bodyLimit: PROTECT_LIMITS.bodyBytes,
    responses: {
      201: { description: 'The code and PIN (shown once, not recoverable) and what was stored', schema: protectSubmissionResponseSchema },
      400: { description: '`validation` (with fields), or `low_quality`: a hash below quality 50', schema: errorResponseSchema },
      403: { description: 'The proof of work is wrong, expired or already used', schema: errorResponseSchema },
      429: { description: 'Too many submissions from this address or in all (Retry-After)', schema: errorResponseSchema },
    },
  }, async ({ body }, request, reply) => reply.code(201).send(await createSubmission(deps, body, request.ip)));

  apiRoute(app, {
    method: 'GET', url: `${PROTECT_V1}/submission`, tags: PROTECT_TAGS, security: 'case-pin', preHandler: auth,
    summary: 'The submission as its person sees it: per item, its hashes and how many times they matched (never where)',
    responses: { 200: { description: 'The submission', schema: protectStatusSchema }, ...withCode },
  }, async (_input, request) => submissions.status(submissionOf(request)));

  apiRoute(app, {
    method: 'POST', url: `${PROTECT_V1}/submission/withdraw`, tags: PROTECT_TAGS, security: 'case-pin', preHandler: auth,
    summary: 'Withdraw: every hash leaves the banks and every feed, and its key is destroyed; again, it removes nothing',
    responses: { 200: { description: 'Withdrawn', schema: protectWithdrawResponseSchema }, ...withCode },
  }, async (_input, request) => submissions.withdraw(submissionOf(request)));
}
