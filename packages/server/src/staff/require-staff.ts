/**
 * `requireStaff(...roles)`: the preHandler of every console route. It answers 401 without a live,
 * fully signed-in session (both factors), 403 for a state-changing request that is cross-origin or
 * lacks the session's CSRF token, and 403 for a role not listed (no roles listed: any staff
 * member). Otherwise it sets `request.staff`.
 */
import type { StaffRole } from '@jikim/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../http/error-handler.js';
import { changesState, csrfTokenMatches, fromOwnOrigin } from './csrf.js';
import { clearSessionCookie, sessionTokenOf } from './session-cookie.js';
import type { SessionService } from './sessions.js';

export interface StaffPrincipal {
  readonly id: string;
  readonly role: StaffRole;
  /** The session's id (not its token): what the audit log records. */
  readonly sessionId: string;
}

export interface StaffAuth {
  readonly sessions: SessionService;
  /** `PUBLIC_URL`'s origin: the only origin state-changing requests may come from. */
  readonly publicOrigin: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `requireStaff` on the routes it guards; null elsewhere. */
    staff: StaffPrincipal | null;
  }
  interface FastifyInstance {
    readonly staffAuth: StaffAuth;
  }
}

/** Called once on the root app, before any route is declared. */
export function registerStaffAuth(app: FastifyInstance, auth: StaffAuth): void {
  app.decorate('staffAuth', auth);
  app.decorateRequest('staff', null);
}

export function requireStaff(...roles: readonly StaffRole[]) {
  return async function requireStaffHandler(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const { sessions, publicOrigin } = request.server.staffAuth;
    const token = sessionTokenOf(request);
    const open = token === undefined ? undefined : await sessions.resolve(token);
    if (!open || open.session.stage !== 'signed-in') {
      if (token !== undefined) clearSessionCookie(reply);
      await sendError(reply, request, 401, 'unauthorized');
      return;
    }
    if (changesState(request) && (!fromOwnOrigin(request, publicOrigin) || !csrfTokenMatches(request, open.token))) {
      await sendError(reply, request, 403, 'forbidden');
      return;
    }
    if (roles.length > 0 && !roles.includes(open.role)) {
      await sendError(reply, request, 403, 'forbidden');
      return;
    }
    request.staff = { id: open.session.staff_id, role: open.role, sessionId: open.session.id };
  };
}

/** The staff member a guarded route serves; throws if the route forgot its `requireStaff`. */
export function currentStaff(request: FastifyRequest): StaffPrincipal {
  if (!request.staff) throw new Error('currentStaff() on a route without requireStaff()');
  return request.staff;
}
