import { randomUUID } from 'node:crypto';
import { CSRF_HEADER, STAFF_SESSION_COOKIE, type StaffRole } from '@jikim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfTokenFor } from '../src/staff/csrf.js';
import { currentStaff, requireStaff } from '../src/staff/require-staff.js';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`requireStaff on ${testDb.name}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(testDb, {}, (app) => {
        app.get('/api/test/v1/admin-only', { preHandler: requireStaff('admin') }, async (request) => currentStaff(request));
        app.post('/api/test/v1/anyone', { preHandler: requireStaff() }, async (request) => currentStaff(request));
      });
    });
    afterAll(() => t.close());

    async function signedIn(role: StaffRole) {
      const id = randomUUID();
      await t.db.kysely.insertInto('staff').values({
        id, role, status: 'active', name_sealed: 'x', login_hash: null, login_sealed: null, password_hash: null,
        totp_secret_sealed: null, totp_last_step: null, created_at: new Date().toISOString(), activated_at: null, deactivated_at: null,
      }).execute();
      const session = await t.app.staffAuth.sessions.create(id, 'signed-in', 'totp');
      return { id, sessionId: session.id, token: session.token, cookie: `${STAFF_SESSION_COOKIE}=${session.token}` };
    }

    it('answers 401 without a session, 403 to another role, and sets request.staff for the right one', async () => {
      expect((await t.app.inject({ url: '/api/test/v1/admin-only' })).statusCode).toBe(401);
      const counsellor = await signedIn('counsellor');
      const forbidden = await t.app.inject({ url: '/api/test/v1/admin-only', headers: { cookie: counsellor.cookie } });
      expect(forbidden.statusCode).toBe(403);
      expect(forbidden.json().error).toBe('forbidden');
      const admin = await signedIn('admin');
      const ok = await t.app.inject({ url: '/api/test/v1/admin-only', headers: { cookie: admin.cookie } });
      expect(ok.json()).toEqual({ id: admin.id, role: 'admin', sessionId: admin.sessionId });
    });

    it('refuses a state-changing request without the CSRF token or from another origin', async () => {
      const s = await signedIn('auditor');
      const csrf = csrfTokenFor(s.token);
      const post = (headers: Record<string, string>) => t.app.inject({ method: 'POST', url: '/api/test/v1/anyone', headers: { cookie: s.cookie, ...headers } });
      expect((await post({})).statusCode).toBe(403);
      expect((await post({ [CSRF_HEADER]: 'wrong' })).statusCode).toBe(403);
      expect((await post({ [CSRF_HEADER]: csrf, origin: 'https://evil.example' })).statusCode).toBe(403);
      expect((await post({ [CSRF_HEADER]: csrf, 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
      const ok = await post({ [CSRF_HEADER]: csrf, origin: t.config.publicOrigin, 'sec-fetch-site': 'same-origin' });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toEqual({ id: s.id, role: 'auditor', sessionId: s.sessionId });
    });
  });
}
