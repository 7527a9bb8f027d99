/**
 * The operator directory in the console: the shipped channels (read-only, with sources and the day
 * they were checked) and the centre's own operators, which counsellors add, change and remove.
 * Every change is audited (the operator's id only).
 */
import { centreOperatorInputSchema, centreOperatorSchema, operatorDirectorySchema, operatorParamsSchema } from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api/api-route.js';
import { staffActor, V1 } from '../console/case-deps.js';
import { requireStaff } from '../staff/require-staff.js';
import { StaffError } from '../staff/staff-deps.js';
import type { CaseWork } from './case-work-deps.js';
import { shippedDirectory } from './operators.js';

const TAGS = ['console: operators'];

export function registerOperatorRoutes(app: FastifyInstance, w: CaseWork): void {
  const spec = { tags: TAGS, security: 'staff-session' as const, preHandler: requireStaff('counsellor') };
  const audit = (request: Parameters<typeof staffActor>[0], action: string, id: string) =>
    w.c.deps.audit.append({ actor: staffActor(request), action, detail: { operatorId: id } });

  apiRoute(app, {
    ...spec, method: 'GET', url: `${V1}/operators`,
    summary: 'The shipped directory (read-only, sourced) and the centre’s own operators',
    responses: { 200: { description: 'Operators', schema: operatorDirectorySchema } },
  }, async () => ({ shipped: shippedDirectory(), centre: await w.operators.list() }));

  apiRoute(app, {
    ...spec, method: 'POST', url: `${V1}/operators`, body: centreOperatorInputSchema,
    summary: 'Add an operator the centre writes to often',
    responses: { 201: { description: 'The operator', schema: centreOperatorSchema } },
  }, async ({ body }, request, reply) => {
    const made = await w.operators.create(body);
    await audit(request, 'operator.create', made.id);
    return reply.code(201).send(made);
  });

  apiRoute(app, {
    ...spec, method: 'PUT', url: `${V1}/operators/:operatorId`, params: operatorParamsSchema, body: centreOperatorInputSchema,
    summary: 'Change one of the centre’s operators',
    responses: { 200: { description: 'The operator', schema: centreOperatorSchema } },
  }, async ({ params, body }, request) => {
    const changed = await w.operators.update(params.operatorId, body);
    if (!changed) throw new StaffError(404, 'No such operator');
    await audit(request, 'operator.update', changed.id);
    return changed;
  });

  apiRoute(app, {
    ...spec, method: 'DELETE', url: `${V1}/operators/:operatorId`, params: operatorParamsSchema,
    summary: 'Remove one of the centre’s operators (targets already written to keep its name)',
    responses: { 204: { description: 'Removed' } },
  }, async ({ params }, request, reply) => {
    if (!(await w.operators.remove(params.operatorId))) throw new StaffError(404, 'No such operator');
    await audit(request, 'operator.remove', params.operatorId);
    return reply.code(204).send();
  });
}
