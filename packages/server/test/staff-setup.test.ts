import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from './support/databases.js';
import { cookieOf, createStaffTestApp, type StaffTestApp } from './support/staff-app.js';

const START = '/api/console/v1/setup/start';
const FINISH = '/api/console/v1/setup/finish';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`staff set-up on ${testDb.name}`, () => {
    let t: StaffTestApp;
    beforeAll(async () => {
      t = await createStaffTestApp(testDb);
    });
    afterAll(() => t.close());
    const post = (url: string, payload: object, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url, payload, headers });

    it('sets up with a password and a TOTP code, signs in with a __Host- cookie, and the link works once', async () => {
      const { staffId, token } = await t.invite('counsellor', '김지킴 Kim');
      const started = await post(START, { token });
      expect(started.statusCode).toBe(200);
      const page = started.json();
      expect(page).toMatchObject({ name: '김지킴 Kim', role: 'counsellor' });
      expect(page.totpUri).toMatch(/^otpauth:\/\/totp\/Jikim:/);
      expect(page.totpQr.length).toBeGreaterThan(20);
      // The same key on a second visit.
      expect((await post(START, { token })).json().totpSecret).toBe(page.totpSecret);

      const form = { token, login: 'Kim.Counsellor', password: '이것은 충분히 긴 한국어 비밀번호입니다', code: '' };
      const tooShort = await post(FINISH, { ...form, password: 'short one', code: await t.nextCode(page.totpSecret) });
      expect(tooShort.statusCode).toBe(400);
      expect(tooShort.json().fields).toEqual([{ path: 'password', message: 'too_short' }]);
      for (const common of ['password1234567', 'PASSWORDPASSWORD', 'aaaaaaaaaaaaaaaa', 'Qwertyuiop!!!!!!', 'kim.counsellor1234']) {
        const refused = await post(FINISH, { ...form, password: common, code: await t.nextCode(page.totpSecret) });
        expect(refused.json().fields, common).toEqual([{ path: 'password', message: 'common' }]);
      }
      const wrongCode = await post(FINISH, { ...form, code: '000000' });
      expect(wrongCode.json().fields).toEqual([{ path: 'code', message: 'wrong' }]);

      const done = await post(FINISH, { ...form, code: await t.nextCode(page.totpSecret) });
      expect(done.statusCode).toBe(200);
      expect(done.json().me).toEqual({ id: staffId, name: '김지킴 Kim', login: 'kim.counsellor', role: 'counsellor' });
      const cookie = done.headers['set-cookie'] as string;
      expect(cookie).toMatch(/^__Host-jikim-staff=[A-Za-z0-9_-]{43}; Path=\/; Secure; HttpOnly; SameSite=Strict$/);
      const session = await t.app.inject({ url: '/api/console/v1/session', headers: { cookie: cookieOf(done) } });
      expect(session.statusCode).toBe(200);
      expect(session.json().csrfToken).toBe(done.json().csrfToken);

      const row = await t.db.kysely.selectFrom('staff').selectAll().where('id', '=', staffId).executeTakeFirstOrThrow();
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.name_sealed).not.toContain('Kim');
      expect(row.login_sealed).not.toContain('kim');
      expect(row.login_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.totp_secret_sealed).not.toContain(page.totpSecret);
      const link = await t.db.kysely.selectFrom('staff_setup_links').selectAll().executeTakeFirstOrThrow();
      expect(link.token_hash).not.toBe(token);
      expect(link.totp_secret_sealed).toBeNull();

      // Used: refused however it is asked.
      expect((await post(START, { token })).statusCode).toBe(410);
      expect((await post(FINISH, { ...form, login: 'someone.else', code: await t.nextCode(page.totpSecret) })).statusCode).toBe(410);
      const actions = (await t.db.kysely.selectFrom('audit_log').select(['action', 'actor_kind', 'subject_staff_id']).execute());
      expect(actions).toEqual(expect.arrayContaining([
        { action: 'staff.invite', actor_kind: 'cli', subject_staff_id: staffId },
        { action: 'staff.setup', actor_kind: 'staff', subject_staff_id: staffId },
      ]));
    });

    it('refuses an expired link, an unknown one, and a login name already taken', async () => {
      const a = await t.person('auditor');
      const { token } = await t.invite('auditor');
      const page = (await post(START, { token })).json();
      const taken = await post(FINISH, { token, login: a.login.toUpperCase(), password: 'another long passphrase here', code: await t.nextCode(page.totpSecret) });
      expect(taken.json().fields).toEqual([{ path: 'login', message: 'taken' }]);
      t.clock.advance(24 * 60 * 60_000);
      expect((await post(START, { token })).statusCode).toBe(410);
      expect((await post(START, { token: 'A'.repeat(43) })).statusCode).toBe(410);
      expect((await post(START, { token: 'not a token' })).statusCode).toBe(400);
    });

    it('accepts a 64-character Korean password typed in NFD at login', async () => {
      const { token } = await t.invite('counsellor');
      const page = (await post(START, { token })).json();
      const password = '바다가 보이는 언덕 위의 작은 집에서 고양이 두 마리와 함께 살고 싶어요. 정말로요, 언젠가는 꼭 그렇게 살 거예요!!'.slice(0, 64);
      expect([...password].length).toBe(64);
      const done = await post(FINISH, { token, login: 'korean.password', password, code: await t.nextCode(page.totpSecret) });
      expect(done.statusCode).toBe(200);
      const first = await post('/api/console/v1/login', { login: 'korean.password', password: password.normalize('NFD') });
      expect(first.statusCode).toBe(200);
    });

    it('refuses set-up and login from another origin', async () => {
      const { token } = await t.invite('counsellor');
      expect((await post(START, { token }, { origin: 'https://evil.example' })).statusCode).toBe(403);
      expect((await post('/api/console/v1/login', { login: 'x', password: 'y' }, { 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    });
  });
}
