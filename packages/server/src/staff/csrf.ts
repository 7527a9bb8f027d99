/**
 * CSRF defence for the console (decision 0015), in layers: the session cookie is SameSite=Strict;
 * every state-changing request must come from our own origin (Origin and Sec-Fetch-Site, when the
 * browser sends them); and a signed-in session's state-changing requests must carry its CSRF
 * token in `x-jikim-csrf`. The token is derived from the session token, so nothing more is stored
 * and a copy of the database does not reveal it.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { CSRF_HEADER } from '@jikim/contracts';
import type { FastifyRequest } from 'fastify';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function changesState(request: FastifyRequest): boolean {
  return !SAFE_METHODS.has(request.method);
}

export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`jikim-csrf\0${sessionToken}`).digest('base64url');
}

/** False when the browser says the request was started by another site or origin. */
export function fromOwnOrigin(request: FastifyRequest, publicOrigin: string): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== publicOrigin) return false;
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

export function csrfTokenMatches(request: FastifyRequest, sessionToken: string): boolean {
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string') return false;
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
