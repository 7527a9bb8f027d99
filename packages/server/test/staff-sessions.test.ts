import { CSRF_HEADER } from '@jikim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from './support/databases.js';
import { as, cookieOf, createStaffTestApp, type Person, type StaffTestApp } from './support/staff-app.js';

const MIN = 60_000;

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`staff logins and sessions on ${testDb.name}`, () => {
    let t: StaffTestApp;
    beforeAll(async () => {
      t = await createStaffTestApp(testDb);
    });
    afterAll(() => t.close());
    const session = (p: Pick<Person, 'cookie'>) => t.app.inject({ url: '/api/console/v1/session', headers: { cookie: p.cookie } });
    const password = (login: string, pw: string, headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') =>
      t.app.inject({ method: 'POST', url: '/api/console/v1/login', payload: { login, password: pw }, headers, remoteAddress });

    it('gives a new session id at each step; no cookie that existed before login is promoted', async () => {
      const p = await t.person('counsellor');
      const before = p.cookie;
      const first = await password(p.login, p.password, { cookie: before });
      expect(first.json()).toEqual({ next: 'second-factor', methods: ['totp'] });
      const pendingCookie = cookieOf(first);
      expect(pendingCookie).not.toBe(before);
      // The session the browser had before this login ended; the pending one opens nothing yet.
      expect((await session({ cookie: before })).statusCode).toBe(401);
      expect((await session({ cookie: pendingCookie })).statusCode).toBe(401);
      const second = await t.app.inject({ method: 'POST', url: '/api/console/v1/login/totp', payload: { code: await t.nextCode(p.secret) }, headers: { cookie: pendingCookie } });
      expect(second.statusCode).toBe(200);
      const signedIn = cookieOf(second);
      expect(signedIn).not.toBe(pendingCookie);
      expect((await session({ cookie: pendingCookie })).statusCode).toBe(401);
      expect((await session({ cookie: signedIn })).statusCode).toBe(200);
      // A made-up cookie at login is simply replaced.
      const planted = '__Host-jikim-staff=' + 'x'.repeat(43);
      expect(cookieOf(await password(p.login, p.password, { cookie: planted }))).not.toBe(planted);
    });

    it('accepts a TOTP code once only', async () => {
      const p = await t.person('counsellor');
      const first = await password(p.login, p.password);
      const code = await t.nextCode(p.secret);
      const ok = await t.app.inject({ method: 'POST', url: '/api/console/v1/login/totp', payload: { code }, headers: { cookie: cookieOf(first) } });
      expect(ok.statusCode).toBe(200);
      const again = await password(p.login, p.password);
      const replay = await t.app.inject({ method: 'POST', url: '/api/console/v1/login/totp', payload: { code }, headers: { cookie: cookieOf(again) } });
      expect(replay.statusCode).toBe(400);
      expect(replay.json().fields).toEqual([{ path: 'code', message: 'wrong' }]);
      // Without a password step first there is nothing to complete.
      expect((await t.app.inject({ method: 'POST', url: '/api/console/v1/login/totp', payload: { code: await t.nextCode(p.secret) } })).statusCode).toBe(401);
    });

    it('locks an account after 5 failures for 15 minutes, then 30 (doubling), and audits without the typed name', async () => {
      const p = await t.person('auditor');
      for (let i = 0; i < 5; i++) expect((await password(p.login, 'wrong password', {}, '10.0.0.1')).statusCode).toBe(401);
      const locked = await password(p.login, p.password, {}, '10.0.0.2');
      expect(locked.statusCode).toBe(429);
      expect(Number(locked.headers['retry-after'])).toBe(15 * 60);
      t.clock.advance(15 * MIN);
      expect((await password(p.login, p.password, {}, '10.0.0.2')).statusCode).toBe(200);
      for (let i = 0; i < 5; i++) await password(p.login, 'wrong password', {}, '10.0.0.3');
      t.clock.advance(16 * MIN);
      expect((await password(p.login, p.password, {}, '10.0.0.4')).statusCode).toBe(429);
      t.clock.advance(15 * MIN);
      expect((await password(p.login, p.password, {}, '10.0.0.4')).statusCode).toBe(200);
      await password('nobody.here', 'a guess');
      const rows = await t.db.kysely.selectFrom('audit_log').select(['actor_kind', 'detail', 'subject_staff_id']).where('action', '=', 'staff.login').execute();
      expect(rows.some((r) => r.subject_staff_id === p.id && r.detail.includes('locked'))).toBe(true);
      const unknown = rows.filter((r) => r.detail.includes('unknown_login'));
      expect(unknown.length).toBeGreaterThan(0);
      expect(JSON.stringify(unknown)).not.toContain('nobody');
      const stored = await t.db.kysely.selectFrom('login_throttle').select('key').execute();
      expect(JSON.stringify(stored)).not.toMatch(/10\.0\.0\./);
    });

    it('locks an address after 20 failures, whatever names were tried', async () => {
      const p = await t.person('counsellor');
      for (let i = 0; i < 20; i++) await password(`guess.${i}`, 'wrong password', {}, '192.0.2.7');
      expect((await password(p.login, p.password, {}, '192.0.2.7')).statusCode).toBe(429);
      expect((await password(p.login, p.password, {}, '192.0.2.8')).statusCode).toBe(200);
    });

    it('ends a session after 15 idle minutes and 8 hours after it began', async () => {
      const p = await t.person('counsellor');
      t.clock.advance(14 * MIN);
      expect((await session(p)).statusCode).toBe(200);
      t.clock.advance(14 * MIN);
      expect((await session(p)).statusCode).toBe(200);
      t.clock.advance(15 * MIN);
      const idle = await session(p);
      expect(idle.statusCode).toBe(401);
      expect(idle.headers['set-cookie']).toMatch(/Max-Age=0/);

      expect((await t.login(p)).statusCode).toBe(200);
      for (let i = 0; i < 47; i++) {
        t.clock.advance(10 * MIN);
        expect((await session(p)).statusCode).toBe(200);
      }
      t.clock.advance(10 * MIN);
      expect((await session(p)).statusCode).toBe(401);
    });

    it('logs out on the server: the cookie opens nothing afterwards', async () => {
      const p = await t.person('auditor');
      const out = await t.app.inject({ method: 'POST', url: '/api/console/v1/logout', headers: as(p, 'POST') });
      expect(out.statusCode).toBe(204);
      expect((await session(p)).statusCode).toBe(401);
    });

    it('ends every session of a deactivated person at once; the last admin stays', async () => {
      const admin = await t.person('admin');
      const c = await t.person('counsellor');
      const second = { ...c };
      expect((await t.login(second)).statusCode).toBe(200);
      const post = (url: string, who: Person, payload?: object) => t.app.inject({ method: 'POST', url, headers: as(who, 'POST'), ...(payload ? { payload } : {}) });
      expect((await post(`/api/console/v1/staff/${c.id}/deactivate`, admin)).statusCode).toBe(204);
      expect((await session(c)).statusCode).toBe(401);
      expect((await session(second)).statusCode).toBe(401);
      expect((await t.login(c)).statusCode).toBe(401);
      const admins = await t.db.kysely.selectFrom('staff').select('id').where('role', '=', 'admin').where('status', '=', 'active').execute();
      for (const other of admins.filter((a) => a.id !== admin.id)) await post(`/api/console/v1/staff/${other.id}/deactivate`, admin);
      const last = await post(`/api/console/v1/staff/${admin.id}/deactivate`, admin);
      expect(last.statusCode).toBe(409);
      expect((await t.app.inject({ method: 'PUT', url: `/api/console/v1/staff/${admin.id}/role`, payload: { role: 'auditor' }, headers: as(admin, 'PUT') })).statusCode).toBe(409);
      const audit = await t.db.kysely.selectFrom('audit_log').select(['action', 'actor_id', 'session_id']).where('action', '=', 'staff.deactivate').execute();
      expect(audit).toContainEqual({ action: 'staff.deactivate', actor_id: admin.id, session_id: expect.any(String) });
    });

    it('re-issuing a link (a lost second factor) ends the old password, factors and sessions', async () => {
      const admin = await t.person('admin');
      const c = await t.person('counsellor');
      const issued = await t.app.inject({ method: 'POST', url: `/api/console/v1/staff/${c.id}/setup-link`, headers: as(admin, 'POST') });
      expect(issued.statusCode).toBe(201);
      expect(issued.json().link).toMatch(new RegExp(`^${t.config.publicOrigin}/console#setup=[A-Za-z0-9_-]{43}$`));
      expect((await session(c)).statusCode).toBe(401);
      expect((await password(c.login, c.password)).statusCode).toBe(401);
      const token = issued.json().link.split('#setup=')[1];
      const page = (await t.app.inject({ method: 'POST', url: '/api/console/v1/setup/start', payload: { token } })).json();
      const done = await t.app.inject({ method: 'POST', url: '/api/console/v1/setup/finish', payload: { token, login: c.login, password: 'a brand new long passphrase', code: await t.nextCode(page.totpSecret) } });
      expect(done.statusCode).toBe(200);
      const rows = await t.db.kysely.selectFrom('audit_log').select(['action', 'actor_id']).where('action', '=', 'staff.reissue').execute();
      expect(rows).toContainEqual({ action: 'staff.reissue', actor_id: admin.id });
    });

    it('refuses a state-changing request with a missing or wrong CSRF token, or from another site', async () => {
      const p = await t.person('counsellor');
      const logout = (headers: Record<string, string>) => t.app.inject({ method: 'POST', url: '/api/console/v1/logout', headers: { cookie: p.cookie, ...headers } });
      expect((await logout({})).statusCode).toBe(403);
      expect((await logout({ [CSRF_HEADER]: p.csrf.slice(1) + 'A' })).statusCode).toBe(403);
      expect((await logout({ [CSRF_HEADER]: p.csrf, origin: 'http://evil.example' })).statusCode).toBe(403);
      expect((await logout({ [CSRF_HEADER]: p.csrf, 'sec-fetch-site': 'same-site' })).statusCode).toBe(403);
      expect((await session(p)).statusCode).toBe(200);
      expect((await logout({ [CSRF_HEADER]: p.csrf, origin: t.config.publicOrigin, 'sec-fetch-site': 'same-origin' })).statusCode).toBe(204);
    });
  });
}
