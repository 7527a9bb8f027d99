/**
 * The victim's authentication on every call after the request: the case code and PIN from their
 * headers (never the URL). The case is taken from the code alone, never from a URL or a body, so
 * one case's code cannot reach another case. Every refusal is the same 401 (an address that failed
 * too often gets 429 before anything is looked up). Nothing typed is ever logged.
 */
import { CASE_CODE_HEADER, CASE_PIN_HEADER, caseCodeSchema, casePinSchema } from '@jikim/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { checkAccess } from './case-access.js';
import { HelpError, type HelpDeps } from './help-deps.js';
import { addressKey, intakeLimits } from './intake-limits.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the help preHandler: the case the code and PIN opened. */
    helpCase?: { readonly caseId: string };
  }
}

function header(request: FastifyRequest, name: string): string {
  const value = request.headers[name];
  return (typeof value === 'string' ? value : '').trim().slice(0, 40);
}

/** The case id the request's code and PIN open; throws the one 401 otherwise. */
export async function authenticateCase(deps: Pick<HelpDeps, 'db' | 'hashes' | 'now' | 'limits'>, request: FastifyRequest): Promise<string> {
  const limits = intakeLimits(deps);
  const address = await addressKey(deps, request.ip);
  const wait = await limits.pinRetryAfter(address);
  if (wait > 0) throw new HelpError(429, 'Too many failed attempts', wait);
  // Malformed values are refused after the same work as wrong ones (they match no stored hash).
  const code = caseCodeSchema.safeParse(header(request, CASE_CODE_HEADER));
  const pin = casePinSchema.safeParse(header(request, CASE_PIN_HEADER));
  const outcome = await checkAccess(deps, code.success ? code.data : 'malformed', pin.success ? pin.data : 'malformed');
  if (outcome.ok && code.success && pin.success) return outcome.caseId;
  await limits.pinFailure(address);
  throw new HelpError(401, 'Wrong code or PIN');
}

export function requireCase(deps: Pick<HelpDeps, 'db' | 'hashes' | 'now' | 'limits'>) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    request.helpCase = { caseId: await authenticateCase(deps, request) };
  };
}

/** The case the preHandler authenticated (a route without it is a programming error). */
export function caseOf(request: FastifyRequest): string {
  if (!request.helpCase) throw new Error('requireCase did not run');
  return request.helpCase.caseId;
}
