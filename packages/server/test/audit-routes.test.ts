import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AUDIT_API, CSRF_HEADER, STAFF_SESSION_COOKIE, type AuditPage, type StaffRole } from '@jikim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../src/audit/audit-log.js';
import { csrfTokenFor } from '../src/staff/csrf.js';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const ROUTES = [
  { method: 'GET', url: `${AUDIT_API}/entries` },
  { method: 'GET', url: `${AUDIT_API}/entries.csv` },
  { method: 'GET', url: `${AUDIT_API}/verification` },
  { method: 'POST', url: `${AUDIT_API}/anchors` },
] as const;

const REASONS = ['=HYPERLINK("http://evil.example","보기")', '+1', '-2', '@SUM(A1)', '\tx', '\ry', ' =1+1', '＝1+1', '원본 확인: 피해자 요청, "따옴표"\n두 줄'];

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`audit routes on ${testDb.name}`, () => {
    let t: TestApp;
    let dir: string;
    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-audit-routes-'));
      t = await createTestApp(testDb, { AUDIT_ANCHOR_FILE: path.join(dir, 'anchors.log') });
      let minute = 0;
      const seed = createAuditLog(t.db, t.config, { now: () => new Date(Date.UTC(2026, 10, 30, 15, minute++)) });
      for (const [i, reason] of REASONS.entries()) {
        await seed.append({ actor: { kind: 'staff', staffId: `counsellor-${i % 2}`, sessionId: `s-${i}` }, action: i % 3 === 0 ? 'case.original.open' : 'case.read', caseId: `case-${i % 3}`, reason });
      }
      await seed.append({ actor: { kind: 'platform', keyId: 'key-1' }, action: 'takedown.update', caseId: 'case-0' });
    });
    afterAll(async () => {
      await t.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    async function signedIn(role: StaffRole) {
      const id = randomUUID();
      await t.db.kysely.insertInto('staff').values({
        id, role, status: 'active', name_sealed: 'x', login_hash: null, login_sealed: null, password_hash: null,
        totp_secret_sealed: null, totp_last_step: null, created_at: new Date().toISOString(), activated_at: null, deactivated_at: null,
      }).execute();
      const session = await t.app.staffAuth.sessions.create(id, 'signed-in', 'totp');
      const headers = { cookie: `${STAFF_SESSION_COOKIE}=${session.token}` };
      const post = { ...headers, [CSRF_HEADER]: csrfTokenFor(session.token), origin: t.config.publicOrigin, 'sec-fetch-site': 'same-origin' };
      return { id, sessionId: session.id, headers, post };
    }

    it('lets only auditors in: 401 without a session, 403 for admins and counsellors', async () => {
      const admin = await signedIn('admin');
      const counsellor = await signedIn('counsellor');
      const auditor = await signedIn('auditor');
      for (const route of ROUTES) {
        expect((await t.app.inject({ ...route })).statusCode, route.url).toBe(401);
        for (const other of [admin, counsellor]) {
          expect((await t.app.inject({ ...route, headers: route.method === 'POST' ? other.post : other.headers })).statusCode, route.url).toBe(403);
        }
        const ok = await t.app.inject({ ...route, headers: route.method === 'POST' ? auditor.post : auditor.headers });
        expect(ok.statusCode, route.url).toBe(route.method === 'POST' ? 201 : 200);
        expect(ok.headers['cache-control']).toBe('no-store');
      }
      // A state-changing request without its CSRF token is refused even for an auditor.
      expect((await t.app.inject({ method: 'POST', url: `${AUDIT_API}/anchors`, headers: auditor.headers })).statusCode).toBe(403);
    });

    it('lists newest first, filtered by time, actor, action (or its start) and case, paged by seq', async () => {
      const auditor = await signedIn('auditor');
      const get = async (query: Record<string, string>) => {
        const response = await t.app.inject({ url: `${AUDIT_API}/entries`, query, headers: auditor.headers });
        expect(response.statusCode, response.body).toBe(200);
        return response.json<AuditPage>();
      };
      const seeded = { to: '2026-12-01T01:00:00+09:00' };
      const all = await get(seeded);
      expect(all.entries.map((e) => e.seq)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
      expect(all.entries[9]).toMatchObject({ actorKind: 'staff', actorId: 'counsellor-0', sessionId: 's-0', action: 'case.original.open', caseId: 'case-0', reason: REASONS[0], detail: {} });
      expect(all.entries[0]).toMatchObject({ actorKind: 'platform', actorId: 'key-1', sessionId: null });

      expect((await get({ from: '2026-12-01T00:02:00+09:00', to: '2026-12-01T00:05:00+09:00' })).entries.map((e) => e.seq)).toEqual([5, 4, 3]);
      expect((await get({ ...seeded, actor: 'counsellor-1' })).entries.map((e) => e.seq)).toEqual([8, 6, 4, 2]);
      expect((await get({ ...seeded, actorKind: 'platform' })).entries.map((e) => e.seq)).toEqual([10]);
      expect((await get({ ...seeded, action: 'case.original.open' })).entries.map((e) => e.seq)).toEqual([7, 4, 1]);
      expect((await get({ ...seeded, action: 'case.' })).entries.map((e) => e.seq)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
      expect((await get({ ...seeded, action: 'case_' })).entries).toEqual([]);
      expect((await get({ ...seeded, caseId: 'case-2' })).entries.map((e) => e.seq)).toEqual([9, 6, 3]);

      const first = await get({ ...seeded, limit: '4' });
      expect(first.entries.map((e) => e.seq)).toEqual([10, 9, 8, 7]);
      expect(first.nextBefore).toBe(7);
      const second = await get({ ...seeded, limit: '4', before: '7' });
      expect(second.entries.map((e) => e.seq)).toEqual([6, 5, 4, 3]);
      const last = await get({ ...seeded, limit: '4', before: '3' });
      expect(last).toMatchObject({ entries: [{ seq: 2 }, { seq: 1 }], nextBefore: null });

      const bad = await t.app.inject({ url: `${AUDIT_API}/entries`, query: { from: 'yesterday', limit: '1000' }, headers: auditor.headers });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().fields.map((f: { path: string }) => f.path).sort()).toEqual(['from', 'limit']);
    });

    it('records every read of the log in the log', async () => {
      const auditor = await signedIn('auditor');
      await t.app.inject({ url: `${AUDIT_API}/entries`, query: { caseId: 'case-1', action: 'case.' }, headers: auditor.headers });
      const page = (await t.app.inject({ url: `${AUDIT_API}/entries`, query: { actor: auditor.id }, headers: auditor.headers })).json<AuditPage>();
      expect(page.entries[0]).toMatchObject({
        actorKind: 'staff', actorId: auditor.id, sessionId: auditor.sessionId, action: 'audit.read', caseId: 'case-1', detail: { action: 'case.', rows: 3 },
      });
    });

    it('exports CSV for Excel: BOM, RFC 4180 quoting, formulas neutralised, Korean intact, filters applied', async () => {
      const auditor = await signedIn('auditor');
      const response = await t.app.inject({ url: `${AUDIT_API}/entries.csv`, query: { to: '2026-12-01T00:09:00+09:00', actorKind: 'staff' }, headers: auditor.headers });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="jikim-audit-\d{8}\.csv"$/);
      const bytes = response.rawPayload;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      const records = parseCsv(text);
      expect(records[0]).toEqual(['seq', 'at', 'actor_kind', 'actor_id', 'session_id', 'action', 'case_id', 'subject_staff_id', 'reason', 'detail', 'prev_hash', 'hash']);
      expect(records.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
      expect(records.slice(1).map((r) => r[8])).toEqual([
        `'=HYPERLINK("http://evil.example","보기")`, "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\ry", "' =1+1", "'＝1+1", '원본 확인: 피해자 요청, "따옴표"\n두 줄',
      ]);
      expect(records[1]?.[1]).toBe('2026-11-30T15:00:00.000Z');
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text).toContain('"\'=HYPERLINK(""http://evil.example"",""보기"")"');

      const byCase = parseCsv((await t.app.inject({ url: `${AUDIT_API}/entries.csv`, query: { caseId: 'case-0', to: '2026-12-01T00:10:00+09:00' }, headers: auditor.headers })).rawPayload.toString('utf8').slice(1));
      expect(byCase.slice(1).map((r) => [r[0], r[6]])).toEqual([['1', 'case-0'], ['4', 'case-0'], ['7', 'case-0'], ['10', 'case-0']]);
      const exports = (await t.app.inject({ url: `${AUDIT_API}/entries`, query: { action: 'audit.export', actor: auditor.id }, headers: auditor.headers })).json<AuditPage>();
      expect(exports.entries.map((e) => e.caseId)).toEqual(['case-0', null]);
    });

    it('verifies the chain and anchors it on demand', async () => {
      const auditor = await signedIn('auditor');
      const anchor = await t.app.inject({ method: 'POST', url: `${AUDIT_API}/anchors`, headers: auditor.post });
      expect(anchor.statusCode).toBe(201);
      const { seq, hash } = anchor.json<{ seq: number; hash: string }>();
      expect(fs.readFileSync(t.config.audit.anchorFile, 'utf8')).toContain(`{"auditAnchor":{"seq":${seq},"hash":"${hash}"`);
      const verification = (await t.app.inject({ url: `${AUDIT_API}/verification`, headers: auditor.headers })).json();
      expect(verification).toMatchObject({ ok: true, anchorFileFound: true, problem: null });
      expect(verification.anchorsChecked).toBeGreaterThanOrEqual(1);
      expect(verification.head).toEqual({ seq, hash });
    });

    it('describes its routes in /api/openapi.json', async () => {
      const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
      expect(doc.paths['/api/console/v1/audit/entries'].get.security).toEqual([{ 'staff-session': [] }]);
      expect(doc.paths['/api/console/v1/audit/entries.csv'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['from', 'to', 'actorKind', 'actor', 'action', 'caseId']);
      expect(doc.paths['/api/console/v1/audit/anchors'].post).toBeDefined();
    });
  });
}

/** RFC 4180, strictly: every cell here is quoted. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  const cell = /"((?:[^"]|"")*)"(,|\r\n)/gy;
  let record: string[] = [];
  let match: RegExpExecArray | null;
  while ((match = cell.exec(text)) !== null) {
    record.push((match[1] ?? '').replaceAll('""', '"'));
    if (match[2] === '\r\n') {
      records.push(record);
      record = [];
    }
  }
  expect(cell.lastIndex === 0 ? text.length : cell.lastIndex).toBe(text.length);
  return records;
}
