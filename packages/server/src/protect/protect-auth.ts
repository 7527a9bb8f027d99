/**
 * The code and PIN of a /protect submission, from their headers (never the URL): the submission is
 * taken from the code alone, never from a URL or a body. Every refusal is the same 401; an address
 * that failed 20 times this hour gets 429 before anything is looked up. Nothing typed is logged.
 */
import { PROTECT_CODE_HEADER, PROTECT_PIN_HEADER, protectCodeSchema, protectPinSchema } from '@jikim/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProtectError, type ProtectDeps } from './protect-deps.js';
import { protectLimits } from './protect-limits.js';
import { checkSubmissionAccess } from './submission-access.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the protect preHandler: the submission the code and PIN opened. */
    protectSubmission?: { readonly id: string };
  }
}

function header(request: FastifyRequest, name: string): string {
  const value = request.headers[name];
  return (typeof value === 'string' ? value : '').trim().slice(0, 40);
}

export function requireSubmission(deps: Pick<ProtectDeps, 'db' | 'hashes' | 'now' | 'limits'>) {
  const limits = protectLimits(deps);
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const address = await limits.address(request.ip);
    await limits.refuseIfBlocked(address);
    // Malformed values are refused after the same work as wrong ones (they match no stored hash).
    const code = protectCodeSchema.safeParse(header(request, PROTECT_CODE_HEADER));
    const pin = protectPinSchema.safeParse(header(request, PROTECT_PIN_HEADER));
    const id = await checkSubmissionAccess(deps, code.success ? code.data : 'malformed', pin.success ? pin.data : 'malformed');
    if (id !== null && code.success && pin.success) {
      request.protectSubmission = { id };
      return;
    }
    await limits.pinFailure(address);
    throw new ProtectError(401, 'Wrong code or PIN');
  };
}

/** The submission the preHandler opened (a route without it is a programming error). */
export function submissionOf(request: FastifyRequest): string {
  if (!request.protectSubmission) throw new Error('requireSubmission did not run');
  return request.protectSubmission.id;
}
