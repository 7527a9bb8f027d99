/**
 * Role × route × object: every console route, called with no session and as each role, answers
 * what it is meant to and nothing else; object ids that are someone else's (or nobody's) are 404.
 */
import { randomUUID } from 'node:crypto';
import type { StaffRole } from '@jikim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from './support/databases.js';
import { as, createStaffTestApp, type Person, type StaffTestApp } from './support/staff-app.js';

type Who = 'none' | StaffRole;
const WHO: readonly Who[] = ['none', 'admin', 'counsellor', 'auditor'];
const V1 = '/api/console/v1';

interface Cell {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly url: (ids: Ids) => string;
  /** The route as declared, so the test knows it covers every console route. */
  readonly route: string;
  readonly body?: (ids: Ids) => object;
  readonly expect: Readonly<Record<Who, number>>;
}
interface Ids { readonly subject: string; readonly nobody: string }

const onlyAdmin = (ok: number) => ({ none: 401, admin: ok, counsellor: 403, auditor: 403 });
const anyStaff = (ok: number) => ({ none: 401, admin: ok, counsellor: ok, auditor: ok });
const onlyCounsellor = (ok: number) => ({ none: 401, admin: 403, counsellor: ok, auditor: 403 });
/** A well-formed case id no case has. */
const NO_CASE = '0000000000000000';
const EVENT_BODIES = {
  assign: { staffId: null }, notes: { text: 'a note' }, messages: { text: 'hello' }, identity: { method: 'other' }, status: { status: 'closed' },
} as const;
const LETTER = { targetIds: ['nobodys-target'], locale: 'ko', contentKind: 'non-consensual-sharing', respondBy: '2030-01-01' };
const NOTE_ITEM = { id: 'n1', exhibitNumber: 1, kind: 'note', title: 'A note', addedAt: '2026-12-01T00:00:00Z', history: [{ at: '2026-12-01T00:00:00Z', action: 'added', summary: 'Added' }] };

const MATRIX: readonly Cell[] = [
  { method: 'GET', route: `${V1}/session`, url: () => `${V1}/session`, expect: anyStaff(200) },
  { method: 'GET', route: `${V1}/me/passkeys`, url: () => `${V1}/me/passkeys`, expect: anyStaff(200) },
  { method: 'DELETE', route: `${V1}/me/passkeys/:id`, url: (i) => `${V1}/me/passkeys/${i.nobody}`, expect: anyStaff(404) },
  { method: 'GET', route: `${V1}/cases`, url: () => `${V1}/cases`, expect: onlyCounsellor(200) },
  { method: 'POST', route: `${V1}/cases`, url: () => `${V1}/cases`, body: () => ({ locale: 'ko', contact: { channels: ['phone'], phone: '010-0000-0000' }, situation: 'unsure' }), expect: onlyCounsellor(201) },
  { method: 'POST', route: `${V1}/cases/junk`, url: () => `${V1}/cases/junk`, body: () => ({ ids: [NO_CASE] }), expect: onlyCounsellor(200) },
  { method: 'GET', route: `${V1}/cases/:id`, url: () => `${V1}/cases/${NO_CASE}`, expect: onlyCounsellor(404) },
  ...(['assign', 'notes', 'messages', 'identity', 'status'] as const).map((event) => ({
    method: 'POST' as const, route: `${V1}/cases/:id/${event}`, url: () => `${V1}/cases/${NO_CASE}/${event}`, body: () => EVENT_BODIES[event], expect: onlyCounsellor(404),
  })),
  { method: 'POST', route: `${V1}/cases/:id/items`, url: () => `${V1}/cases/${NO_CASE}/items`, body: () => ({ item: NOTE_ITEM }), expect: onlyCounsellor(404) },
  { method: 'PUT', route: `${V1}/cases/:id/items/:itemId/file`, url: () => `${V1}/cases/${NO_CASE}/items/x/file`, expect: onlyCounsellor(404) },
  { method: 'GET', route: `${V1}/cases/:id/items/:itemId/thumbnail`, url: () => `${V1}/cases/${NO_CASE}/items/x/thumbnail`, expect: onlyCounsellor(404) },
  { method: 'POST', route: `${V1}/cases/:id/items/:itemId/original`, url: () => `${V1}/cases/${NO_CASE}/items/x/original`, body: () => ({ reason: 'a reason' }), expect: onlyCounsellor(404) },
  { method: 'GET', route: `${V1}/originals/:ticket`, url: () => `${V1}/originals/${'A'.repeat(43)}`, expect: onlyCounsellor(404) },
  { method: 'POST', route: `${V1}/cases/:id/package`, url: () => `${V1}/cases/${NO_CASE}/package`, body: () => ({ reason: 'a reason', locale: 'ko' }), expect: onlyCounsellor(404) },
  { method: 'GET', route: `${V1}/packages/:ticket`, url: () => `${V1}/packages/${'A'.repeat(43)}`, expect: onlyCounsellor(404) },
  // Case work (issue 13): consents and referrals.
  { method: 'GET', route: `${V1}/cases/:id/consents`, url: () => `${V1}/cases/${NO_CASE}/consents`, expect: onlyCounsellor(404) },
  { method: 'POST', route: `${V1}/cases/:id/consents`, url: () => `${V1}/cases/${NO_CASE}/consents`, body: () => ({ kind: 'police', granted: true }), expect: onlyCounsellor(404) },
  { method: 'GET', route: `${V1}/cases/:id/referrals`, url: () => `${V1}/cases/${NO_CASE}/referrals`, expect: onlyCounsellor(404) },
  { method: 'POST', route: `${V1}/cases/:id/referrals`, url: () => `${V1}/cases/${NO_CASE}/referrals`, body: () => ({ kind: 'medical', organisation: 'a clinic' }), expect: onlyCounsellor(404) },
  {
    method: 'POST', route: `${V1}/cases/:id/referrals/:referralId/state`, url: () => `${V1}/cases/${NO_CASE}/referrals/nobodys-referral/state`,
    body: () => ({ state: 'sent' }), expect: onlyCounsellor(404),
  },
  // A case's hashes in the confirmed bank (issue 14).
  { method: 'GET', route: `${V1}/cases/:id/protection`, url: () => `${V1}/cases/${NO_CASE}/protection`, expect: onlyCounsellor(404) },
  { method: 'POST', route: `${V1}/cases/:id/protection`, url: () => `${V1}/cases/${NO_CASE}/protection`, body: () => ({ itemIds: ['x'] }), expect: onlyCounsellor(404) },
  { method: 'DELETE', route: `${V1}/cases/:id/protection/:contentId`, url: () => `${V1}/cases/${NO_CASE}/protection/1`, expect: onlyCounsellor(404) },
  // Case work (issue 13): targets, letters, reminders, operators; the figures are the admins'.
  { method: 'GET', route: `${V1}/cases/:id/targets`, url: () => `${V1}/cases/${NO_CASE}/targets`, expect: onlyCounsellor(404) },
  { method: 'POST', route: `${V1}/cases/:id/targets`, url: () => `${V1}/cases/${NO_CASE}/targets`, body: () => ({ targets: [{ url: 'https://x.com/a/status/1' }] }), expect: onlyCounsellor(404) },
  {
    method: 'POST', route: `${V1}/cases/:id/targets/:targetId/status`, url: () => `${V1}/cases/${NO_CASE}/targets/nobodys-target/status`,
    body: () => ({ status: 'requested' }), expect: onlyCounsellor(404),
  },
  { method: 'POST', route: `${V1}/cases/:id/letters/preview`, url: () => `${V1}/cases/${NO_CASE}/letters/preview`, body: () => LETTER, expect: onlyCounsellor(404) },
  {
    method: 'POST', route: `${V1}/cases/:id/letters`, url: () => `${V1}/cases/${NO_CASE}/letters`,
    body: () => ({ ...LETTER, send: { method: 'web_form', reference: 'R-1' } }), expect: onlyCounsellor(404),
  },
  { method: 'GET', route: `${V1}/cases/:id/letters`, url: () => `${V1}/cases/${NO_CASE}/letters`, expect: onlyCounsellor(404) },
  { method: 'GET', route: `${V1}/mail/status`, url: () => `${V1}/mail/status`, expect: onlyCounsellor(200) },
  { method: 'GET', route: `${V1}/reminders`, url: () => `${V1}/reminders`, expect: onlyCounsellor(200) },
  { method: 'GET', route: `${V1}/operators`, url: () => `${V1}/operators`, expect: onlyCounsellor(200) },
  { method: 'POST', route: `${V1}/operators`, url: () => `${V1}/operators`, body: () => ({ name: 'A webhard', language: 'ko', siteType: 'webhard' }), expect: onlyCounsellor(201) },
  { method: 'PUT', route: `${V1}/operators/:operatorId`, url: () => `${V1}/operators/nobodys-operator`, body: () => ({ name: 'A webhard', language: 'ko', siteType: 'webhard' }), expect: onlyCounsellor(404) },
  { method: 'DELETE', route: `${V1}/operators/:operatorId`, url: () => `${V1}/operators/nobodys-operator`, expect: onlyCounsellor(404) },
  { method: 'GET', route: `${V1}/stats`, url: () => `${V1}/stats?from=2026-01-01&to=2026-12-31`, expect: onlyAdmin(200) },
  { method: 'GET', route: `${V1}/stats.csv`, url: () => `${V1}/stats.csv?from=2026-01-01&to=2026-12-31`, expect: onlyAdmin(200) },
  // Platform feedback (issue 14): the admins review what it quarantined; counsellors read a content's feedback.
  { method: 'GET', route: `${V1}/platform/review`, url: () => `${V1}/platform/review`, expect: onlyAdmin(200) },
  { method: 'POST', route: `${V1}/platform/review/:id`, url: () => `${V1}/platform/review/1`, body: () => ({ decision: 'release' }), expect: onlyAdmin(404) },
  {
    method: 'GET', route: `${V1}/platform/contents/:id/feedback`, url: () => `${V1}/platform/contents/1/feedback`,
    expect: { none: 401, admin: 404, counsellor: 404, auditor: 403 },
  },
  { method: 'GET', route: `${V1}/staff`, url: () => `${V1}/staff`, expect: onlyAdmin(200) },
  { method: 'POST', route: `${V1}/staff`, url: () => `${V1}/staff`, body: () => ({ name: '새 상담원', role: 'counsellor' }), expect: onlyAdmin(201) },
  { method: 'POST', route: `${V1}/staff/:id/setup-link`, url: (i) => `${V1}/staff/${i.subject}/setup-link`, expect: onlyAdmin(201) },
  { method: 'POST', route: `${V1}/staff/:id/setup-link`, url: (i) => `${V1}/staff/${i.nobody}/setup-link`, expect: onlyAdmin(404) },
  { method: 'PUT', route: `${V1}/staff/:id/role`, url: (i) => `${V1}/staff/${i.subject}/role`, body: () => ({ role: 'auditor' }), expect: onlyAdmin(204) },
  { method: 'PUT', route: `${V1}/staff/:id/role`, url: (i) => `${V1}/staff/${i.nobody}/role`, body: () => ({ role: 'auditor' }), expect: onlyAdmin(404) },
  { method: 'POST', route: `${V1}/staff/:id/deactivate`, url: (i) => `${V1}/staff/${i.nobody}/deactivate`, expect: onlyAdmin(404) },
  { method: 'POST', route: `${V1}/staff/:id/deactivate`, url: (i) => `${V1}/staff/${i.subject}/deactivate`, expect: onlyAdmin(204) },
  // Adding a passkey needs a browser's authenticator; a made-up answer is a 400 for everyone signed in.
  { method: 'POST', route: `${V1}/me/passkeys/options`, url: () => `${V1}/me/passkeys/options`, expect: anyStaff(200) },
  { method: 'POST', route: `${V1}/me/passkeys`, url: () => `${V1}/me/passkeys`, body: () => ({ response: { id: 'x' } }), expect: anyStaff(400) },
  { method: 'POST', route: `${V1}/logout`, url: () => `${V1}/logout`, expect: anyStaff(204) },
];
/** Routes anyone may call: they open a set-up link or log in, each checked in its own tests. */
const PUBLIC = ['/setup/start', '/setup/finish', '/login', '/login/totp', '/login/passkey/options', '/login/passkey'].map((p) => `POST ${V1}${p}`);

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`console access matrix on ${testDb.name}`, () => {
    let t: StaffTestApp;
    const people = new Map<Who, Person>();
    beforeAll(async () => {
      t = await createStaffTestApp(testDb);
      for (const role of ['admin', 'counsellor', 'auditor'] as const) people.set(role, await t.person(role));
    });
    afterAll(() => t.close());

    it('covers every console route of this module; every other console route refuses a stranger', async () => {
      const declared = t.app.apiRoutes.filter((r) => r.url.startsWith(V1)).map((r) => `${r.method} ${r.url}`);
      const covered = new Set([...MATRIX.map((c) => `${c.method} ${c.route}`), ...PUBLIC]);
      const others = declared.filter((r) => !covered.has(r));
      // Routes of other modules (the audit log's) get only the deny-by-default check here.
      for (const route of others) {
        const [method = 'GET', url = ''] = route.split(' ');
        const response = await t.app.inject({ method: method as 'GET', url: url.replace(/:([a-z]+)/g, randomUUID()) });
        expect(response.statusCode, route).toBe(401);
      }
      expect(others.every((r) => r.includes('/audit')), others.join(', ')).toBe(true);
    });

    for (const who of WHO) {
      it(`answers ${who === 'none' ? 'no session' : `the ${who}`} as the matrix says`, async () => {
        for (const cell of MATRIX) {
          // Each cell acts on a fresh subject, and each person re-logs in if the cell ended their session.
          const subject = (await t.invite('counsellor')).staffId;
          const ids = { subject, nobody: randomUUID() };
          const person = who === 'none' ? undefined : people.get(who);
          const response = await t.app.inject({
            method: cell.method, url: cell.url(ids), headers: as(person, cell.method), ...(cell.body ? { payload: cell.body(ids) } : {}),
          });
          expect(response.statusCode, `${who} ${cell.method} ${cell.url(ids)}: ${response.body}`).toBe(cell.expect[who]);
          if (response.statusCode >= 400) expect(response.json()).toMatchObject({ error: expect.any(String), requestId: expect.any(String) });
          if (person && cell.route.endsWith('/logout') && response.statusCode === 204) await t.login(person);
        }
      });
    }

    it('never lets one person remove another’s passkey (404, not 403: no hint it exists)', async () => {
      const owner = people.get('auditor');
      const other = people.get('counsellor');
      if (!owner || !other) throw new Error('people missing');
      const passkeyId = randomUUID();
      await t.db.kysely.insertInto('staff_passkeys').values({
        id: passkeyId, staff_id: owner.id, credential_id: 'cred-1', public_key: 'AA', counter: 0, transports: '[]', created_at: new Date().toISOString(), last_used_at: null,
      }).execute();
      const response = await t.app.inject({ method: 'DELETE', url: `${V1}/me/passkeys/${passkeyId}`, headers: as(other, 'DELETE') });
      expect(response.statusCode).toBe(404);
      expect(await t.db.kysely.selectFrom('staff_passkeys').select('id').where('id', '=', passkeyId).executeTakeFirst()).toBeDefined();
    });
  });
}
