/** Admins manage people: list, invite, re-issue a set-up link, change a role, deactivate. */
import {
  inviteRequestSchema,
  roleChangeRequestSchema,
  setupLinkResponseSchema,
  staffIdParamsSchema,
  staffListResponseSchema,
} from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api/api-route.js';
import { people as makePeople } from './people.js';
import { currentStaff, requireStaff } from './require-staff.js';
import { setupLinks as makeSetupLinks } from './setup-links.js';
import type { StaffDeps } from './staff-deps.js';

const TAGS = ['console: people'];
const V1 = '/api/console/v1';

export function registerPeopleRoutes(app: FastifyInstance, deps: StaffDeps): void {
  const people = makePeople(deps);
  const setup = makeSetupLinks(deps);
  const admin = requireStaff('admin');
  const actor = (request: Parameters<typeof currentStaff>[0]) => {
    const staff = currentStaff(request);
    return { kind: 'staff', staffId: staff.id, sessionId: staff.sessionId } as const;
  };

  apiRoute(app, {
    method: 'GET', url: `${V1}/staff`, tags: TAGS, security: 'staff-session', preHandler: admin,
    summary: 'Everyone with an account, in the order they were invited',
    responses: { 200: { description: 'People', schema: staffListResponseSchema } },
  }, async () => ({ people: await people.list() }));

  apiRoute(app, {
    method: 'POST', url: `${V1}/staff`, tags: TAGS, security: 'staff-session', preHandler: admin,
    summary: 'Invite someone: the set-up link is shown once (valid 24 hours)',
    body: inviteRequestSchema,
    responses: { 201: { description: 'Invited', schema: setupLinkResponseSchema } },
  }, async ({ body }, request, reply) => reply.code(201).send(await setup.invite(body, actor(request))));

  apiRoute(app, {
    method: 'POST', url: `${V1}/staff/:id/setup-link`, tags: TAGS, security: 'staff-session', preHandler: admin,
    summary: 'Re-issue a set-up link (a lost second factor): the person’s password, factors and sessions end now',
    params: staffIdParamsSchema,
    responses: { 201: { description: 'A new link', schema: setupLinkResponseSchema } },
  }, async ({ params }, request, reply) => reply.code(201).send(await setup.reissue(params.id, actor(request))));

  apiRoute(app, {
    method: 'PUT', url: `${V1}/staff/:id/role`, tags: TAGS, security: 'staff-session', preHandler: admin,
    summary: 'Change a role (409 for the last admin); the person logs in again',
    params: staffIdParamsSchema,
    body: roleChangeRequestSchema,
    responses: { 204: { description: 'Changed' } },
  }, async ({ params, body }, request, reply) => {
    await people.changeRole(currentStaff(request), params.id, body.role);
    return reply.code(204).send();
  });

  apiRoute(app, {
    method: 'POST', url: `${V1}/staff/:id/deactivate`, tags: TAGS, security: 'staff-session', preHandler: admin,
    summary: 'Deactivate someone: their sessions end at once (409 for the last admin)',
    params: staffIdParamsSchema,
    responses: { 204: { description: 'Deactivated' } },
  }, async ({ params }, request, reply) => {
    await people.deactivate(currentStaff(request), params.id);
    return reply.code(204).send();
  });
}
