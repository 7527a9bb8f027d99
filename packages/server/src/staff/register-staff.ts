/** Everything staff accounts add to the app: the routes of the console's account and people pages, and the case list. */
import type { FastifyInstance } from 'fastify';
import type { ConsoleCaseDeps } from '../console/case-deps.js';
import { registerConsoleCaseRoutes } from '../console/cases.routes.js';
import { registerPeopleRoutes } from './people.routes.js';
import type { StaffDeps } from './staff-deps.js';
import { registerStaffRoutes } from './staff.routes.js';

export function registerStaff(app: FastifyInstance, deps: StaffDeps & Pick<ConsoleCaseDeps, 'banks'>): void {
  registerStaffRoutes(app, deps);
  registerPeopleRoutes(app, deps);
  registerConsoleCaseRoutes(app, deps);
}
