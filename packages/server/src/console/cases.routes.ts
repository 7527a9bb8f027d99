/** The counsellor's case list: status and dates only; each listing is audited. */
import { caseListResponseSchema } from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api/api-route.js';
import { caseRepository } from '../cases/case.repository.js';
import { currentStaff, requireStaff } from '../staff/require-staff.js';
import type { StaffDeps } from '../staff/staff-deps.js';

export function registerConsoleCaseRoutes(app: FastifyInstance, deps: Pick<StaffDeps, 'db' | 'now' | 'audit'>): void {
  apiRoute(app, {
    method: 'GET', url: '/api/console/v1/cases', tags: ['console: cases'], security: 'staff-session',
    preHandler: requireStaff('counsellor'),
    summary: 'Open cases, newest first (status and dates only)',
    responses: { 200: { description: 'Cases', schema: caseListResponseSchema } },
  }, async (_input, request) => {
    const staff = currentStaff(request);
    const cases = await caseRepository(deps.db, deps.now).list({ status: ['new', 'assigned', 'waiting'], limit: 500 });
    await deps.audit.append({
      actor: { kind: 'staff', staffId: staff.id, sessionId: staff.sessionId }, action: 'case.list', detail: { count: cases.length },
    });
    return {
      cases: cases.map((c) => ({ id: c.id, status: c.status, openedBy: c.openedBy, createdAt: c.createdAt, assignedToMe: c.assignedStaffId === staff.id })),
    };
  });
}
