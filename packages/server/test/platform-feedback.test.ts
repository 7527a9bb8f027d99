/**
 * Platform feedback and quarantine on both databases, through the real app with real keys and real
 * staff sessions: feedback recorded and overwritten (the latest value per platform); 3 distinct
 * platforms' false_positive on an unreviewed content quarantine it, and a real lookup stops matching
 * it; never a confirmed or own-bank content, and one platform 3× counts once; another platform's
 * bank is 404 (all or nothing); no scope → 403; the admins' review list, release (matches again) and
 * remove, refused to a counsellor; what is audited (never a hash).
 */
import { randomBytes } from 'node:crypto';
import { CSRF_HEADER, VICTIM_BANKS, type PlatformScope } from '@jikim/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBankStore, type PlatformBankStore } from '../src/platform/banks/bank-store.js';
import { platformKeysRepository } from '../src/platform/keys/platform-keys.repository.js';
import { auditRows } from './console-case-fixtures.js';
import { newCase, newSubmission, randomPdq } from './platform-bank-fixtures.js';
import { TEST_DATABASES } from './support/databases.js';
import { createStaffTestApp, type Person, type StaffTestApp } from './support/staff-app.js';

const V1 = '/api/platform/v1';
const REVIEW = '/api/console/v1/platform/review';

async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('condition not reached');
}

interface Key { key: string; platformId: string }

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`platform feedback on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let store: PlatformBankStore;
    let platforms: Key[];
    let admin: Person;
    let counsellor: Person;

    const key = async (name: string, scopes: readonly PlatformScope[]): Promise<Key> => {
      const made = await platformKeysRepository(t.db.kysely, t.clock.now).create({ name, scopes: [...scopes] });
      return { key: made.key, platformId: made.platformId };
    };
    const v1 = (k: Key, url: string, payload: object) => t.app.inject({ method: 'POST', url: `${V1}${url}`, payload, headers: { authorization: `Bearer ${k.key}` } });
    const feedback = (k: Key, items: { bank: string; bank_content_id: number; value: string }[]) => v1(k, '/feedback', { items });
    const matched = async (k: Key, pdq: string) => {
      const r = await v1(k, '/lookup', { signals: [{ signal_type: 'pdq', signal: pdq }] });
      expect(r.statusCode, r.body).toBe(200);
      return (r.json() as { results: { matches: { bank_content_id: number }[] }[] }).results[0]?.matches.map((m) => m.bank_content_id) ?? [];
    };
    const console = (p: Person, method: 'GET' | 'POST', url: string, payload?: object): Promise<LightMyRequestResponse> => t.app.inject({
      method, url, headers: { cookie: p.cookie, [CSRF_HEADER]: p.csrf, origin: t.config.publicOrigin }, ...(payload ? { payload } : {}),
    });
    const unreviewed = async (pdq = randomPdq()) => {
      const content = await store.addContent({ bank: VICTIM_BANKS.unreviewed, origin: 'victim', submissionId: await newSubmission(t.db), signals: [{ type: 'pdq', value: pdq }] });
      return { id: content.id, pdq, bank: VICTIM_BANKS.unreviewed as string };
    };
    const falsePositive = (bank: string, id: number) => ({ bank, bank_content_id: id, value: 'false_positive' });
    const quarantinedAt = async (id: number) =>
      (await t.db.kysely.selectFrom('bank_contents').select('quarantined_at').where('id', '=', id).executeTakeFirst())?.quarantined_at;

    beforeAll(async () => {
      t = await createStaffTestApp(testDb);
      store = createBankStore({ db: t.db, vault: t.app.vault, now: t.clock.now });
      platforms = [];
      for (const name of ['Platform A', 'Platform B', 'Platform C', 'Platform D']) platforms.push(await key(name, ['match', 'feedback']));
      admin = await t.person('admin');
      counsellor = await t.person('counsellor');
      const [a] = platforms as [Key];
      await eventually(async () => (await t.app.inject({ method: 'GET', url: '/api/platform/hma/status', headers: { authorization: `Bearer ${a.key}` } })).statusCode === 200);
    });
    afterAll(() => t.close());

    it('records the latest value per platform, overwriting the last', async () => {
      const [a, b] = platforms as [Key, Key];
      const c = await unreviewed();
      const first = await feedback(a, [{ bank: c.bank, bank_content_id: c.id, value: 'pending_review' }]);
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toEqual({ recorded: 1 });
      expect((await feedback(a, [{ bank: c.bank, bank_content_id: c.id, value: 'blocked' }])).json()).toEqual({ recorded: 1 });
      expect((await feedback(b, [{ bank: c.bank, bank_content_id: c.id, value: 'not_blocked' }])).statusCode).toBe(200);
      const rows = await t.db.kysely.selectFrom('content_feedback').select(['platform_id', 'value']).where('content_id', '=', c.id).orderBy('value').execute();
      expect(rows).toEqual([{ platform_id: a.platformId, value: 'blocked' }, { platform_id: b.platformId, value: 'not_blocked' }]);
      const counts = await console(counsellor, 'GET', `/api/console/v1/platform/contents/${c.id}/feedback`);
      expect(counts.statusCode, counts.body).toBe(200);
      expect(counts.json()).toEqual({ id: c.id, bank: c.bank, feedback: { blocked: 1, not_blocked: 1, pending_review: 0, false_positive: 0 } });
      const audited = (await auditRows(t, 'platform.feedback')).at(-1);
      expect(audited).toMatchObject({ actor_kind: 'platform', detail: '{"contents":1,"items":1}' });
    });

    it('quarantines an unreviewed content 3 distinct platforms call a false positive; a lookup no longer matches it', async () => {
      const [a, b, c] = platforms as [Key, Key, Key];
      const content = await unreviewed();
      await eventually(async () => (await matched(a, content.pdq)).includes(content.id));
      await feedback(a, [falsePositive(content.bank, content.id)]);
      await feedback(b, [falsePositive(content.bank, content.id)]);
      expect(await quarantinedAt(content.id)).toBeNull();
      expect((await feedback(c, [falsePositive(content.bank, content.id)])).statusCode).toBe(200);
      expect(await quarantinedAt(content.id)).not.toBeNull();
      await eventually(async () => !(await matched(a, content.pdq)).includes(content.id));
      const audited = (await auditRows(t, 'platform.quarantine')).at(-1);
      expect(audited).toMatchObject({ actor_kind: 'system', detail: JSON.stringify({ content_id: String(content.id), count: 3 }) });
      expect(JSON.stringify(await auditRows(t, 'platform.feedback'))).not.toContain(content.pdq);
    });

    it('never quarantines a confirmed or own-bank content, and one platform 3× counts once', async () => {
      const [a, b, c] = platforms as [Key, Key, Key];
      const confirmed = await store.addContent({ bank: VICTIM_BANKS.confirmed, origin: 'counsellor', caseId: await newCase(t.db), signals: [{ type: 'pdq', value: randomPdq() }] });
      const ownBank = `OWN_${randomBytes(3).toString('hex').toUpperCase()}`;
      await store.createBank(ownBank, a.platformId, 'platform');
      const own = await store.addContent({ bank: ownBank, origin: 'platform', signals: [{ type: 'pdq', value: randomPdq() }] });
      t.clock.advance(2000); // the banks a key may match are read again (held a second)
      for (const p of [a, b, c]) expect((await feedback(p, [falsePositive(VICTIM_BANKS.confirmed, confirmed.id)])).statusCode).toBe(200);
      for (let i = 0; i < 3; i += 1) expect((await feedback(a, [falsePositive(ownBank, own.id)])).statusCode).toBe(200);
      expect(await quarantinedAt(confirmed.id)).toBeNull();
      expect(await quarantinedAt(own.id)).toBeNull();

      const once = await unreviewed();
      for (let i = 0; i < 3; i += 1) await feedback(a, [falsePositive(once.bank, once.id), falsePositive(once.bank, once.id)]);
      await feedback(b, [falsePositive(once.bank, once.id)]);
      expect(await quarantinedAt(once.id)).toBeNull();
    });

    it('refuses the whole request for another platform’s bank or a wrong bank, and without the scope', async () => {
      const [a, b] = platforms as [Key, Key];
      const bBank = `B_${randomBytes(3).toString('hex').toUpperCase()}`;
      await store.createBank(bBank, b.platformId, 'platform');
      const theirs = await store.addContent({ bank: bBank, origin: 'platform', signals: [{ type: 'pdq', value: randomPdq() }] });
      const mine = await unreviewed();
      const refused = await feedback(a, [{ bank: mine.bank, bank_content_id: mine.id, value: 'blocked' }, { bank: bBank, bank_content_id: theirs.id, value: 'blocked' }]);
      expect(refused.statusCode).toBe(404);
      expect((await feedback(a, [{ bank: VICTIM_BANKS.confirmed, bank_content_id: mine.id, value: 'blocked' }])).statusCode).toBe(404);
      expect((await feedback(a, [{ bank: mine.bank, bank_content_id: 12345, value: 'blocked' }])).statusCode).toBe(404);
      expect(await t.db.kysely.selectFrom('content_feedback').select('content_id').where('content_id', '=', mine.id).execute()).toEqual([]);
      expect((await feedback(a, [{ bank: mine.bank, bank_content_id: mine.id, value: 'maybe' }])).statusCode).toBe(400);
      const matchOnly = await key('Platform M', ['match']);
      expect((await feedback(matchOnly, [{ bank: mine.bank, bank_content_id: mine.id, value: 'blocked' }])).statusCode).toBe(403);
    });

    it('lets an admin list, release (matches again) and remove quarantined contents; a counsellor may not', async () => {
      const [a, b, c] = platforms as [Key, Key, Key];
      const first = await unreviewed();
      const second = await unreviewed();
      for (const p of [a, b, c]) await feedback(p, [falsePositive(first.bank, first.id), falsePositive(second.bank, second.id)]);
      expect((await console(counsellor, 'GET', REVIEW)).statusCode).toBe(403);
      expect((await console(counsellor, 'POST', `${REVIEW}/${first.id}`, { decision: 'release' })).statusCode).toBe(403);
      const noCsrf = await t.app.inject({ method: 'POST', url: `${REVIEW}/${first.id}`, payload: { decision: 'release' }, headers: { cookie: admin.cookie } });
      expect(noCsrf.statusCode).toBe(403);

      const list = await console(admin, 'GET', REVIEW);
      expect(list.statusCode, list.body).toBe(200);
      const listed = (list.json() as { contents: { id: number; bank: string; feedback: Record<string, number> }[] }).contents;
      expect(listed.find((x) => x.id === first.id)).toMatchObject({ bank: first.bank, feedback: { blocked: 0, not_blocked: 0, pending_review: 0, false_positive: 3 } });
      expect(listed.map((x) => x.id)).toContain(second.id);
      expect(list.body).not.toContain(first.pdq);
      await eventually(async () => !(await matched(a, first.pdq)).includes(first.id));

      expect((await console(admin, 'POST', `${REVIEW}/${first.id}`, { decision: 'release' })).statusCode).toBe(204);
      expect(await quarantinedAt(first.id)).toBeNull();
      await eventually(async () => (await matched(a, first.pdq)).includes(first.id));
      // Released: a fourth report does not quarantine it again.
      await feedback(platforms[3] as Key, [falsePositive(first.bank, first.id)]);
      expect(await quarantinedAt(first.id)).toBeNull();
      expect((await console(admin, 'POST', `${REVIEW}/${first.id}`, { decision: 'remove' })).statusCode).toBe(404);

      expect((await console(admin, 'POST', `${REVIEW}/${second.id}`, { decision: 'remove' })).statusCode).toBe(204);
      expect(await store.getContent(second.bank, second.id)).toBeNull();
      const after = (await console(admin, 'GET', REVIEW)).json() as { contents: { id: number }[] };
      expect(after.contents.map((x) => x.id)).not.toContain(first.id);
      expect(after.contents.map((x) => x.id)).not.toContain(second.id);
      expect(await auditRows(t, 'platform.review.read')).not.toHaveLength(0);
      expect((await auditRows(t, 'platform.review.release')).at(-1)).toMatchObject({ actor_kind: 'staff', actor_id: admin.id, detail: JSON.stringify({ content_id: String(first.id) }) });
      expect((await auditRows(t, 'platform.review.remove')).at(-1)).toMatchObject({ actor_kind: 'staff', actor_id: admin.id });
    });
  });
}
