/**
 * The console session cookie. `__Host-` makes the browser refuse it unless it is Secure, has
 * Path=/ and no Domain; SameSite=Strict keeps it off every request another site starts. No
 * Max-Age: the browser forgets it when it closes, and the server ends it sooner (idle, absolute).
 */
import { STAFF_SESSION_COOKIE } from '@jikim/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The session token the request carries, if it carries one that could be ours. */
export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== STAFF_SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    if (TOKEN.test(value)) return value;
  }
  return undefined;
}

export function setSessionCookie(reply: FastifyReply, token: string): void {
  reply.header('set-cookie', `${STAFF_SESSION_COOKIE}=${token}; Path=/; Secure; HttpOnly; SameSite=Strict`);
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.header('set-cookie', `${STAFF_SESSION_COOKIE}=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0`);
}
