import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { verifyBundle } from '@jikim/evidence/node';
import type { EvidenceItem } from '@jikim/evidence';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseBlobs } from '../src/blobs/case-blobs.js';
import { caseItems } from '../src/cases/case-items.js';
import { caseRepository } from '../src/cases/case.repository.js';
import { casePackage } from '../src/police-package/case-package.js';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { createStaffTestApp, type StaffTestApp } from './support/staff-app.js';
import { auditRows, call, fileItem as fixtureFileItem, V1, victimCase } from './console-case-fixtures.js';

const AT = '2026-11-30T01:02:03.000Z';
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function fileItem(id: string, name: string, bytes: Uint8Array): EvidenceItem {
  return {
    id, exhibitNumber: 1, kind: 'file', title: `사진 ${id}`, addedAt: AT,
    file: { path: `files/001-${name}`, sha256: sha(bytes), bytes: bytes.length, mediaType: 'image/jpeg', originalName: name },
    history: [{ at: AT, action: 'added', summary: '추가함', actor: { kind: 'victim' } }],
  };
}

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`police package from a case on ${testDb.name}`, () => {
    let t: TestApp;
    let dir: string;
    beforeEach(async () => {
      t = await createTestApp(testDb);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-package-'));
    });
    afterEach(async () => {
      await t.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('packages each complete file with the hash the victim recorded; the bundle verifies and the report is a PDF', async () => {
      const { app, db } = t;
      const kase = await caseRepository(db.kysely).create({ openedBy: 'victim_request' });
      const items = caseItems(db.kysely, app.vault);
      const blobs = caseBlobs({ db: db.kysely, vault: app.vault, store: app.blobs });
      const photo = randomBytes(300_000);
      const second = randomBytes(1_000);
      // Two requests whose lockers both named their exhibit 001 with the same id: made unique here.
      for (const [bytes, name] of [[photo, 'a.jpg'], [second, 'a.jpg']] as const) {
        const added = await items.add(kase.id, { item: fileItem('item-1', name, bytes), addedBy: 'victim', upload: 'pending' });
        const stored = await blobs.store(kase.id, [bytes]);
        await items.setUpload(kase.id, added.id, 'complete', stored.id);
      }
      await items.add(kase.id, {
        item: { id: 'web-1', exhibitNumber: 3, kind: 'web', title: '게시물', addedAt: AT, web: { url: 'https://example.com/post/1' }, history: [{ at: AT, action: 'added', summary: '추가함' }] },
        addedBy: 'victim', upload: 'none',
      });
      await items.add(kase.id, { item: fileItem('item-9', 'late.jpg', randomBytes(10)), addedBy: 'victim', upload: 'pending' });

      const pkg = await casePackage({
        items: await items.list(kase.id), caseReference: 'JK-261130-ACDE', locale: 'ko', now: new Date(AT),
        openBlob: (blobId) => app.blobs.read(kase.id, blobId),
      });
      const zip = path.join(dir, 'bundle.zip');
      await pipeline(Readable.fromWeb(pkg.stream as never), fs.createWriteStream(zip));
      const contents = await pkg.written;

      expect(pkg.leftOut).toBe(1);
      expect(contents.manifest.items.map((i) => [i.exhibitNumber, i.id, i.kind])).toEqual([[1, 'item-1', 'file'], [2, 'item-1-2', 'file'], [3, 'web-1', 'web']]);
      expect(contents.manifest.items[0]?.file?.sha256).toBe(sha(photo));
      expect(contents.manifest.items[1]?.file?.sha256).toBe(sha(second));
      expect(contents.manifest.items[0]?.file?.path).not.toBe(contents.manifest.items[1]?.file?.path);
      const report = await verifyBundle(zip);
      expect(report.problems).toEqual([]);
      expect(report.ok).toBe(true);
      const listing = execFileSync('unzip', ['-l', zip]).toString();
      expect(listing).toContain('report.pdf');
      execFileSync('unzip', ['-o', '-q', zip, 'report.pdf', '-d', dir]);
      expect(fs.readFileSync(path.join(dir, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('refuses to finish a package whose stored bytes no longer match the recorded hash', async () => {
      const { app, db } = t;
      const kase = await caseRepository(db.kysely).create({ openedBy: 'victim_request' });
      const items = caseItems(db.kysely, app.vault);
      const recorded = randomBytes(2_000);
      const added = await items.add(kase.id, { item: fileItem('item-1', 'a.jpg', recorded), addedBy: 'victim', upload: 'pending' });
      const stored = await caseBlobs({ db: db.kysely, vault: app.vault, store: app.blobs }).store(kase.id, [randomBytes(2_000)]);
      await items.setUpload(kase.id, added.id, 'complete', stored.id);
      const pkg = await casePackage({ items: await items.list(kase.id), caseReference: 'JK-261130-ACDE', locale: 'en', now: new Date(AT), openBlob: (id) => app.blobs.read(kase.id, id) });
      await expect(pipeline(Readable.fromWeb(pkg.stream as never), fs.createWriteStream(path.join(dir, 'x.zip')))).rejects.toThrow(/Exhibit 1/);
      await expect(pkg.written).rejects.toThrow(/Exhibit 1/);
    });
  });
}

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`the console's police package route on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let dir: string;
    beforeEach(async () => {
      t = await createStaffTestApp(testDb);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-package-route-'));
    });
    afterEach(async () => {
      await t.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('asks with a reason (a case event and an audit row), downloads once as a sandboxed zip that verifies', async () => {
      const me = await t.person('counsellor');
      const photo = randomBytes(50_000);
      const kase = await victimCase(t, { items: [{ item: fixtureFileItem(photo) }], files: [photo] });
      const reason = '경찰서 제출용 (police station visit)';
      expect((await t.app.inject({ method: 'POST', url: `${V1}/cases/${kase.id}/package`, headers: { cookie: me.cookie }, payload: { reason, locale: 'ko' } })).statusCode).toBe(403);
      expect((await call(t, me, 'POST', `${V1}/cases/${kase.id}/package`, { reason: 'x', locale: 'ko' })).statusCode).toBe(400);
      const asked = await call(t, me, 'POST', `${V1}/cases/${kase.id}/package`, { reason, locale: 'ko' });
      expect(asked.statusCode).toBe(200);
      const { url, exhibits, leftOut } = asked.json();
      expect([exhibits, leftOut]).toEqual([1, 0]);
      const got = await call(t, me, 'GET', url);
      expect(got.statusCode).toBe(200);
      expect(got.headers['content-disposition']).toMatch(/^attachment; filename="archive-\d{4}-\d{2}-\d{2}\.zip"$/);
      expect(got.headers['x-content-type-options']).toBe('nosniff');
      expect(got.headers['content-security-policy']).toContain('sandbox');
      const zip = path.join(dir, 'package.zip');
      fs.writeFileSync(zip, got.rawPayload);
      const report = await verifyBundle(zip);
      expect(report.ok).toBe(true);
      const manifest = JSON.parse(execFileSync('unzip', ['-p', zip, 'manifest.json']).toString());
      expect(manifest.items[0].file.sha256).toBe(sha(photo));
      expect(manifest.caseReference).toBe(`JK-${manifest.caseReference.slice(3, 9)}-${kase.id.slice(0, 6).toUpperCase()}`);
      expect((await call(t, me, 'GET', url)).statusCode).toBe(404);
      expect((await auditRows(t, 'case.package')).at(-1)).toMatchObject({ case_id: kase.id, actor_id: me.id, reason });
      expect((await auditRows(t, 'case.package.download')).at(-1)).toMatchObject({ case_id: kase.id, actor_id: me.id });
      const detail = (await call(t, me, 'GET', `${V1}/cases/${kase.id}`)).json();
      expect(detail.events.at(-1)).toMatchObject({ type: 'package_made', text: reason });
    });

    it('refuses a case with nothing to package, and an auditor', async () => {
      const me = await t.person('counsellor');
      const auditor = await t.person('auditor');
      const empty = await victimCase(t);
      expect((await call(t, me, 'POST', `${V1}/cases/${empty.id}/package`, { reason: 'for the police', locale: 'en' })).statusCode).toBe(409);
      expect((await call(t, auditor, 'POST', `${V1}/cases/${empty.id}/package`, { reason: 'for the police', locale: 'en' })).statusCode).toBe(403);
    });
  });
}
