/**
 * The deletion-request inbox for platforms (issue 14): a platform sees exactly the addresses asked
 * of its registered domains (and names under them), while the person's consent to write to operators
 * stands; its answers move the case's targets by the takedown rules, and the console and the person's
 * status view show them as the site's, by its name, with its reference. Others are 404.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Target } from '@jikim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/app.js';
import { backfillTargetHosts } from '../src/platform/inbox/target-host-rows.js';
import { createKeyedHash } from '../src/vault/keyed-hash.js';
import { createVault } from '../src/vault/vault.js';
import { writeSiteFixture } from './help-app.js';
import { caseWorkApp, victim } from './case-work-consent-fixtures.js';
import { listTargets } from './case-work-target-fixtures.js';
import { auditRows } from './console-case-fixtures.js';
import { answer, caseWithTargets, consent, inbox, inboxUrls, platformKey, setDomains } from './platform-inbox-fixtures.js';
import { TEST_DATABASES } from './support/databases.js';
import type { Person, StaffTestApp } from './support/staff-app.js';

/** Addresses on the test's own domain `d` (tests share one app), one elsewhere and one that only ends like it. */
const urlsOn = (d: string) => [`https://${d}/a/1`, `https://m.${d}/v/2?x=1`, 'https://other.org/x', `https://${d}/still-found`, `https://not${d}/y`, `https://WWW.${d.toUpperCase()}/z`];

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`platform inbox on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let me: Person;
    let n = 0;
    beforeAll(async () => {
      t = await caseWorkApp(testDb);
      me = await t.person('counsellor');
    });
    afterAll(() => t.close());

    /** Platform P on example<n>.com and Q on other domains (fresh names and domains each test: the app is shared). */
    async function platforms() {
      n += 1;
      const d = `example${String(n)}.com`;
      const p = { name: `Example Video ${String(n)}`, ...(await platformKey(t, `Example Video ${String(n)}`, ['inbox'])) };
      const q = { name: `Elsewhere ${String(n)}`, ...(await platformKey(t, `Elsewhere ${String(n)}`, ['match', 'inbox'])) };
      expect((await setDomains(t, p.name, [d.replace('example', 'Example')])).domains).toEqual([d]);
      await setDomains(t, q.name, ['elsewhere.net', 'other.net']);
      return { p, q, d };
    }

    it('lists exactly the asked addresses on a platform’s domains and under them, pages them, and audits each listing', async () => {
      const { p, q, d } = await platforms();
      const { byUrl } = await caseWithTargets(t, me, urlsOn(d), [`https://${d}/still-found`]);
      expect(await inboxUrls(t, p.key)).toEqual([`https://WWW.${d.toUpperCase()}/z`, `https://${d}/a/1`, `https://m.${d}/v/2?x=1`]);
      expect(await inboxUrls(t, q.key)).toEqual([]);

      const listed = (await inbox(t, p.key)).json() as { requests: Record<string, unknown>[]; next_cursor: string | null };
      expect(listed.next_cursor).toBeNull();
      const first = listed.requests.find((r) => r.url === `https://${d}/a/1`);
      expect(first).toEqual({ id: byUrl.get(`https://${d}/a/1`), url: `https://${d}/a/1`, status: 'requested', requested_at: expect.any(String), updated_at: expect.any(String) });
      expect(JSON.stringify(listed)).not.toMatch(/R-\d|case|name/);

      // One at a time: every request once, then the end.
      const seen: string[] = [];
      let cursor = '';
      for (let page = 0; page < 5; page += 1) {
        const body = (await inbox(t, p.key, `?limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json() as { requests: { url: string }[]; next_cursor: string | null };
        seen.push(...body.requests.map((r) => r.url));
        if (body.next_cursor === null) break;
        cursor = body.next_cursor;
      }
      expect(seen.sort()).toEqual(await inboxUrls(t, p.key));

      const noScope = await platformKey(t, p.name, ['match']);
      const refused = await inbox(t, noScope.key);
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ error: 'forbidden' });

      const audit = (await auditRows(t, 'platform.inbox.list')).filter((r) => r.actor_id === p.keyId);
      expect(audit.length).toBeGreaterThanOrEqual(3);
      expect(JSON.parse(audit[0]?.detail ?? '{}')).toEqual({ status: 'all', count: 3 });
      expect(audit.map((r) => r.detail).join()).not.toContain(d);
    });

    it('records acknowledge then removed on the case’s target, shown in the console and to the person as the site’s', async () => {
      const { p, q, d } = await platforms();
      const { o, byUrl } = await caseWithTargets(t, me, urlsOn(d), [`https://${d}/still-found`]);
      const id = byUrl.get(`https://${d}/a/1`) ?? '';

      const acknowledged = await answer(t, p.key, id, { action: 'acknowledge', reference: 'T-77' });
      expect(acknowledged.statusCode, acknowledged.body).toBe(200);
      expect(acknowledged.json()).toMatchObject({ id, url: `https://${d}/a/1`, status: 'acknowledged' });
      t.clock.advance(60_000);
      const removed = await answer(t, p.key, id, { action: 'removed', reference: 'T-78' });
      expect(removed.json()).toMatchObject({ id, status: 'removed', updated_at: t.clock.now().toISOString() });

      const back = await answer(t, p.key, id, { action: 'acknowledge' });
      expect(back.statusCode).toBe(409);
      expect(back.json()).toMatchObject({ error: 'conflict', code: 'status_not_allowed' });

      const target = (await listTargets(t, me, o.caseId)).find((x: Target) => x.id === id);
      expect(target?.status).toBe('removed');
      expect(target?.events.slice(-2)).toEqual([
        { at: expect.any(String), status: 'acknowledged', reference: 'T-77', actor: { kind: 'platform', keyId: p.keyId, name: p.name } },
        { at: t.clock.now().toISOString(), status: 'removed', reference: 'T-78', actor: { kind: 'platform', keyId: p.keyId, name: p.name } },
      ]);
      const seen = ((await victim(t, o, 'GET', '/case')).json() as { takedowns: { id: string; status: string; events: Record<string, unknown>[] }[] }).takedowns.find((d) => d.id === id);
      expect(seen?.status).toBe('removed');
      expect(seen?.events.at(-1)).toEqual({ at: t.clock.now().toISOString(), status: 'removed', by: 'platform', site: p.name, reference: 'T-78' });
      expect(JSON.stringify(seen)).not.toContain(p.keyId);

      expect(await inboxUrls(t, p.key, 'open')).not.toContain(`https://${d}/a/1`);
      expect(await inboxUrls(t, p.key, 'all')).toContain(`https://${d}/a/1`);

      const other = byUrl.get(`https://m.${d}/v/2?x=1`) ?? '';
      const noReason = await answer(t, p.key, other, { action: 'refused' });
      expect(noReason.statusCode).toBe(400);
      expect((await answer(t, p.key, other, { action: 'refused', reason: 'ok' })).statusCode).toBe(400);
      const refused = await answer(t, p.key, other, { action: 'refused', reason: 'Not on our service any more', reference: 'T-9' });
      expect(refused.json()).toMatchObject({ id: other, status: 'refused' });
      const inConsole = (await listTargets(t, me, o.caseId)).find((x: Target) => x.id === other);
      expect(inConsole?.events.at(-1)).toMatchObject({ status: 'refused', response: 'Not on our service any more', reference: 'T-9', actor: { kind: 'platform', name: p.name } });
      const sealed = await t.db.kysely.selectFrom('case_targets').select('record_sealed').where('id', '=', other).executeTakeFirstOrThrow();
      expect(sealed.record_sealed).not.toContain('Not on our service');

      // Another platform, a target not asked yet, one on another domain, and an id never made: all the same 404.
      for (const [key, target] of [[q.key, id], [p.key, byUrl.get(`https://${d}/still-found`)], [p.key, byUrl.get('https://other.org/x')], [p.key, 'AAAAAAAAAAAAAAAAAAAAAA']] as const) {
        const miss = await answer(t, key, target ?? '', { action: 'acknowledge' });
        expect(miss.statusCode).toBe(404);
        expect(miss.json()).toMatchObject({ error: 'not_found' });
      }

      const audit = (await auditRows(t, 'platform.inbox.removed')).filter((r) => r.actor_id === p.keyId);
      expect(audit.map((r) => JSON.parse(r.detail) as unknown)).toEqual([{ id, status: 'removed' }]);
      expect((await auditRows(t, 'platform.inbox.refused')).filter((r) => r.actor_id === p.keyId).map((r) => r.detail).join()).not.toMatch(/example|Not on our/);
    });

    it('keeps both of two answers given at the same instant (the second is made again on the first)', async () => {
      const { p, d } = await platforms();
      const { o, byUrl } = await caseWithTargets(t, me, urlsOn(d));
      const id = byUrl.get(`https://${d}/a/1`) ?? '';
      const [first, second] = await Promise.all([
        // Two moves the rules allow in either order (acknowledged may follow acknowledged).
        answer(t, p.key, id, { action: 'acknowledge', reference: 'T-1' }),
        answer(t, p.key, id, { action: 'acknowledge', reference: 'T-2' }),
      ]);
      expect([first.statusCode, second.statusCode], `${first.body} ${second.body}`).toEqual([200, 200]);
      const target = (await listTargets(t, me, o.caseId)).find((x: Target) => x.id === id);
      expect(target?.events.filter((e) => e.actor.kind === 'platform').map((e) => e.reference).sort()).toEqual(['T-1', 'T-2']);
    });

    it('hides the requests while the person’s consent is withdrawn (answers are 404) and shows them again when given', async () => {
      const { p, d } = await platforms();
      const { o, byUrl } = await caseWithTargets(t, me, [`https://${d}/consent/1`]);
      expect(await inboxUrls(t, p.key)).toEqual([`https://${d}/consent/1`]);
      await consent(t, me, o.caseId, false);
      expect(await inboxUrls(t, p.key)).toEqual([]);
      expect((await answer(t, p.key, byUrl.get(`https://${d}/consent/1`) ?? '', { action: 'acknowledge' })).statusCode).toBe(404);
      await consent(t, me, o.caseId, true);
      expect(await inboxUrls(t, p.key)).toEqual([`https://${d}/consent/1`]);
    });

    it('finds targets added after the domains were registered, and fills the host rows of older targets at start-up', async () => {
      const { p, d } = await platforms();
      const { byUrl } = await caseWithTargets(t, me, [`https://sub.m.${d}/late/1`, `https://${d}/late/2`]);
      expect(await inboxUrls(t, p.key)).toEqual([`https://${d}/late/2`, `https://sub.m.${d}/late/1`]);
      const ids = [...byUrl.values()];
      const rows = await t.db.kysely.selectFrom('case_target_hosts').select(['target_id', 'host_key']).where('target_id', 'in', ids).orderBy('target_id').orderBy('host_key').execute();
      // sub.m.example.com, m.example.com, example.com; and example.com.
      expect(rows).toHaveLength(4);
      expect(JSON.stringify(rows)).not.toContain('example');

      await t.db.kysely.deleteFrom('case_target_hosts').where('target_id', 'in', ids).execute();
      expect(await inboxUrls(t, p.key)).toEqual([]);
      const vault = createVault(t.db, t.config);
      expect(await backfillTargetHosts({ db: t.db.kysely, vault, hashes: createKeyedHash(vault) })).toBeGreaterThanOrEqual(2);
      expect(await inboxUrls(t, p.key)).toEqual([`https://${d}/late/2`, `https://sub.m.${d}/late/1`]);
      expect(await t.db.kysely.selectFrom('case_target_hosts').select(['target_id', 'host_key']).where('target_id', 'in', ids).orderBy('target_id').orderBy('host_key').execute()).toEqual(rows);
      expect(await backfillTargetHosts({ db: t.db.kysely, vault, hashes: createKeyedHash(vault) })).toBe(0);

      // The app fills them when it starts (in the background; closing waits for it).
      await t.db.kysely.deleteFrom('case_target_hosts').where('target_id', 'in', ids).execute();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-inbox-'));
      const restarted = build({ ...t.config, siteDir: writeSiteFixture(dir) }, { db: t.db, now: t.clock.now, vault });
      await restarted.ready();
      await restarted.close();
      fs.rmSync(dir, { recursive: true, force: true });
      expect(await t.db.kysely.selectFrom('case_target_hosts').select(['target_id', 'host_key']).where('target_id', 'in', ids).orderBy('target_id').orderBy('host_key').execute()).toEqual(rows);
      expect(await inboxUrls(t, p.key)).toEqual([`https://${d}/late/2`, `https://sub.m.${d}/late/1`]);
    });
  });
}
