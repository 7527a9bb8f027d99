import { healthResponseSchema, type HealthResponse } from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { apiRoute } from '../api/api-route.js';
import type { Db } from '../db/database.js';
import { pendingMigrations } from '../db/migrate.js';

async function checkDatabase(db: Db): Promise<HealthResponse['database']> {
  try {
    await sql`select 1`.execute(db.kysely);
    return { dialect: db.dialect, reachable: true, migrationsPending: await pendingMigrations(db) };
  } catch {
    return { dialect: db.dialect, reachable: false, migrationsPending: 0 };
  }
}

export function registerHealthRoutes(app: FastifyInstance, db: Db): void {
  apiRoute(app, {
    method: 'GET',
    url: '/healthz',
    summary: 'Whether the server and its database are ready',
    tags: ['health'],
    security: 'none',
    responses: {
      200: { description: 'Ready', schema: healthResponseSchema },
      503: { description: 'Not ready: the database is unreachable or migrations are pending', schema: healthResponseSchema },
    },
  }, async (_input, _request, reply) => {
    const database = await checkDatabase(db);
    const ok = database.reachable && database.migrationsPending === 0;
    const body: HealthResponse = { status: ok ? 'ok' : 'unavailable', database };
    return reply.code(ok ? 200 : 503).send(body);
  });
}
