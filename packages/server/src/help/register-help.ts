/** Everything help requests add to the app: the victim side's JSON routes and the tus uploads. */
import type { FastifyInstance } from 'fastify';
import type { HelpDeps } from './help-deps.js';
import { registerHelpRoutes } from './help.routes.js';
import { registerHelpUploads } from './help-uploads.js';

export function registerHelp(app: FastifyInstance, deps: HelpDeps): void {
  registerHelpRoutes(app, deps);
  registerHelpUploads(app, deps);
}
