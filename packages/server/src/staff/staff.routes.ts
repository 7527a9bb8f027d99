/**
 * The console's own routes (`/api/console/v1/…`): set-up from a link, logging in and out, the
 * session, and my passkeys. Handlers are thin: parse (apiRoute), call a service, answer.
 */
import {
  loginPasswordRequestSchema,
  loginPasswordResponseSchema,
  loginTotpRequestSchema,
  passkeyIdParamsSchema,
  passkeyListResponseSchema,
  passkeyOptionsResponseSchema,
  passkeyResponseRequestSchema,
  sessionResponseSchema,
  setupFinishRequestSchema,
  setupStartRequestSchema,
  setupStartResponseSchema,
  type SessionResponse,
} from '@jikim/contracts';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { apiRoute } from '../api/api-route.js';
import { sendError } from '../http/error-handler.js';
import { csrfTokenFor, fromOwnOrigin } from './csrf.js';
import { LoginLockedError, logins as makeLogins, type SignedIn } from './logins.js';
import { passkeys as makePasskeys } from './passkeys.js';
import { people as makePeople } from './people.js';
import { currentStaff, requireStaff } from './require-staff.js';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from './session-cookie.js';
import { SESSION_LIMITS } from './sessions.js';
import { setupLinks as makeSetupLinks } from './setup-links.js';
import type { StaffDeps } from './staff-deps.js';
import { qrModules } from './totp-qr.js';

const TAGS = ['console: account'];
const V1 = '/api/console/v1';

/** Requests that change something without a session (set-up, login) must still come from our origin. */
async function sameOriginOnly(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!fromOwnOrigin(request, request.server.staffAuth.publicOrigin)) await sendError(reply, request, 403, 'forbidden');
}

async function withRetryAfter<T>(reply: FastifyReply, work: Promise<T>, now: () => Date): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof LoginLockedError) {
      reply.header('retry-after', String(Math.max(1, Math.ceil((error.until.getTime() - now().getTime()) / 1000))));
    }
    throw error;
  }
}

export function registerStaffRoutes(app: FastifyInstance, deps: StaffDeps): void {
  const setup = makeSetupLinks(deps);
  const logins = makeLogins(deps);
  const keys = makePasskeys(deps);
  const people = makePeople(deps);

  async function signIn(reply: FastifyReply, signed: SignedIn): Promise<SessionResponse> {
    setSessionCookie(reply, signed.token);
    const me = await people.describe(signed.staffId);
    return {
      me: { id: me.id, name: me.name, login: me.login, role: me.role },
      csrfToken: csrfTokenFor(signed.token),
      idleTimeoutSeconds: SESSION_LIMITS.idleMs / 1000,
    };
  }
  const signedInResponses = { 200: { description: 'Signed in; the session cookie is set', schema: sessionResponseSchema } };

  apiRoute(app, {
    method: 'POST', url: `${V1}/setup/start`, tags: TAGS, security: 'none', preHandler: sameOriginOnly,
    summary: 'Open a set-up link: who it is for, and the TOTP key to add (410 once used, expired or replaced)',
    body: setupStartRequestSchema,
    responses: { 200: { description: 'The set-up page', schema: setupStartResponseSchema } },
  }, async ({ body }) => {
    const started = await setup.start(body.token);
    return { ...started, totpQr: qrModules(started.totpUri) };
  });

  apiRoute(app, {
    method: 'POST', url: `${V1}/setup/finish`, tags: TAGS, security: 'none', preHandler: sameOriginOnly,
    summary: 'Finish set-up: login name, password and a TOTP code; uses up the link and signs in',
    body: setupFinishRequestSchema,
    responses: signedInResponses,
  }, async ({ body }, _request, reply) => {
    const done = await setup.finish(body);
    return signIn(reply, { staffId: done.staffId, sessionId: done.session.id, token: done.session.token });
  });

  apiRoute(app, {
    method: 'POST', url: `${V1}/login`, tags: TAGS, security: 'none', preHandler: sameOriginOnly,
    summary: 'Login, step 1: login name and password (401 when wrong, 429 while locked)',
    body: loginPasswordRequestSchema,
    responses: { 200: { description: 'A second factor is needed; a short-lived session cookie is set', schema: loginPasswordResponseSchema } },
  }, async ({ body }, request, reply) => {
    const result = await withRetryAfter(reply, logins.password(body, request.ip, sessionTokenOf(request)), deps.now);
    setSessionCookie(reply, result.token);
    return { next: 'second-factor' as const, methods: [...result.methods] };
  });

  apiRoute(app, {
    method: 'POST', url: `${V1}/login/totp`, tags: TAGS, security: 'none', preHandler: sameOriginOnly,
    summary: 'Login, step 2: a TOTP code (each code works once)',
    body: loginTotpRequestSchema,
    responses: signedInResponses,
  }, async ({ body }, request, reply) =>
    signIn(reply, await withRetryAfter(reply, logins.totp(sessionTokenOf(request), body.code, request.ip), deps.now)));

  apiRoute(app, {
    method: 'POST', url: `${V1}/login/passkey/options`, tags: TAGS, security: 'none', preHandler: sameOriginOnly,
    summary: 'Login, step 2 with a passkey: the WebAuthn options',
    responses: { 200: { description: 'PublicKeyCredentialRequestOptionsJSON', schema: passkeyOptionsResponseSchema } },
  }, async (_input, request) => logins.passkeyOptions(sessionTokenOf(request)));

  apiRoute(app, {
    method: 'POST', url: `${V1}/login/passkey`, tags: TAGS, security: 'none', preHandler: sameOriginOnly,
    summary: 'Login, step 2 with a passkey: the authenticator’s answer',
    body: passkeyResponseRequestSchema,
    responses: signedInResponses,
  }, async ({ body }, request, reply) =>
    signIn(reply, await withRetryAfter(reply, logins.passkey(sessionTokenOf(request), body.response as unknown as AuthenticationResponseJSON, request.ip), deps.now)));

  apiRoute(app, {
    method: 'GET', url: `${V1}/session`, tags: TAGS, security: 'staff-session', preHandler: requireStaff(),
    summary: 'The signed-in person and the CSRF token',
    responses: { 200: { description: 'The session', schema: sessionResponseSchema } },
  }, async (_input, request) => {
    const staff = currentStaff(request);
    const me = await people.describe(staff.id);
    return {
      me: { id: me.id, name: me.name, login: me.login, role: me.role },
      csrfToken: csrfTokenFor(sessionTokenOf(request) ?? ''),
      idleTimeoutSeconds: SESSION_LIMITS.idleMs / 1000,
    };
  });

  apiRoute(app, {
    method: 'POST', url: `${V1}/logout`, tags: TAGS, security: 'staff-session', preHandler: requireStaff(),
    summary: 'Log out: the session ends on the server',
    responses: { 204: { description: 'Logged out; the cookie is cleared' } },
  }, async (_input, request, reply) => {
    const staff = currentStaff(request);
    await logins.logout(staff.id, staff.sessionId);
    clearSessionCookie(reply);
    return reply.code(204).send();
  });

  apiRoute(app, {
    method: 'GET', url: `${V1}/me/passkeys`, tags: TAGS, security: 'staff-session', preHandler: requireStaff(),
    summary: 'My passkeys',
    responses: { 200: { description: 'Passkeys', schema: passkeyListResponseSchema } },
  }, async (_input, request) => ({
    passkeys: (await keys.list(currentStaff(request).id)).map((p) => ({ id: p.id, createdAt: p.created_at, lastUsedAt: p.last_used_at })),
  }));

  apiRoute(app, {
    method: 'POST', url: `${V1}/me/passkeys/options`, tags: TAGS, security: 'staff-session', preHandler: requireStaff(),
    summary: 'Add a passkey: the WebAuthn options',
    responses: { 200: { description: 'PublicKeyCredentialCreationOptionsJSON', schema: passkeyOptionsResponseSchema } },
  }, async (_input, request) => keys.registrationOptions(currentStaff(request)));

  apiRoute(app, {
    method: 'POST', url: `${V1}/me/passkeys`, tags: TAGS, security: 'staff-session', preHandler: requireStaff(),
    summary: 'Add a passkey: the authenticator’s answer',
    body: passkeyResponseRequestSchema,
    responses: { 201: { description: 'Added' } },
  }, async ({ body }, request, reply) => {
    await keys.register(currentStaff(request), body.response as unknown as RegistrationResponseJSON);
    return reply.code(201).send();
  });

  apiRoute(app, {
    method: 'DELETE', url: `${V1}/me/passkeys/:id`, tags: TAGS, security: 'staff-session', preHandler: requireStaff(),
    summary: 'Remove one of my passkeys',
    params: passkeyIdParamsSchema,
    responses: { 204: { description: 'Removed' } },
  }, async ({ params }, request, reply) => {
    await keys.remove(currentStaff(request), params.id);
    return reply.code(204).send();
  });
}
