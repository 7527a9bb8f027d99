import { randomBytes } from 'node:crypto';
import { CASE_CODE_PATTERN } from '@jikim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseEvents } from '../src/cases/case-events.js';
import { caseRepository, requestContext } from '../src/cases/case.repository.js';
import { TEST_DATABASES } from './support/databases.js';
import { asVictim, createHelpApp, fileItem, helpRequest, openCase, solvedPow, webItem, type HelpApp } from './help-app.js';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`help requests on ${testDb.name}`, () => {
    let t: HelpApp;
    beforeAll(async () => {
      t = await createHelpApp(testDb, { HELP_REQUESTS_PER_ADDRESS_HOUR: '3', HELP_REQUESTS_PER_ADDRESS_DAY: '5', HELP_REQUESTS_GLOBAL_HOUR: '40' });
    });
    afterAll(() => t.close());
    const post = (payload: object, address = '10.1.0.1') => t.app.inject({ method: 'POST', url: '/api/help/v1/requests', payload, remoteAddress: address });

    it('opens a case from a request and shows it to its person: status, items, messages both ways', async () => {
      const file = randomBytes(3000);
      const opened = await openCase(t.app, [fileItem(file), webItem('the post that shows me')], '10.0.0.1', '도와주세요');
      expect(opened.caseCode).toMatch(CASE_CODE_PATTERN);
      expect(opened.pin).toMatch(/^\d{6}$/);
      expect(opened.uploads).toEqual([{ itemId: expect.any(String), sha256: fileItem(file).item.file?.sha256, bytes: 3000 }]);

      const status = await asVictim(t.app, opened, 'GET', '/case');
      expect(status.statusCode).toBe(200);
      expect(status.headers['cache-control']).toBe('no-store');
      const body = status.json();
      expect(body).toMatchObject({ status: 'received', messages: [] });
      expect(body.items).toEqual([
        { itemId: opened.uploads[0]?.itemId, kind: 'file', title: 'screenshot of the post', upload: 'pending', sha256: opened.uploads[0]?.sha256, bytes: 3000 },
        { itemId: expect.any(String), kind: 'web', title: 'the post that shows me' },
      ]);

      // The case as stored: new, arrival order, request sealed, the code's case only.
      const [row] = await caseRepository(t.db.kysely).list({ status: 'new', limit: 1 });
      expect(row).toMatchObject({ openedBy: 'victim_request', locale: 'ko', situation: 'dissemination' });
      const request = JSON.parse(await t.app.vault.openCaseField(row?.id ?? '', row?.requestSealed ?? '', requestContext(row?.id ?? '')));
      expect(request).toMatchObject({ message: '도와주세요', contact: { phone: '010-1234-5678' } });

      // A message from the centre, one from the person; a case waiting for them goes back to work.
      const events = caseEvents(t.db.kysely, t.app.vault);
      await events.append(row?.id ?? '', { type: 'note', actor: { kind: 'counsellor', staffId: 'staff-1' }, body: { text: 'internal note' } });
      await events.append(row?.id ?? '', { type: 'message_to_victim', actor: { kind: 'counsellor', staffId: 'staff-1' }, body: { text: '연락드릴게요' } });
      await caseRepository(t.db.kysely).update(row?.id ?? '', { status: 'waiting', assignedStaffId: 'staff-1' });
      expect((await asVictim(t.app, opened, 'GET', '/case')).json().status).toBe('waiting_for_you');
      const sent = await asVictim(t.app, opened, 'POST', '/case/messages', { text: '감사합니다' });
      expect(sent.statusCode).toBe(201);
      const after = (await asVictim(t.app, opened, 'GET', '/case')).json();
      expect(after.status).toBe('in_progress');
      expect((await events.list(row?.id ?? '', { types: ['status'] })).map((e) => [e.actor.kind, e.body.status])).toEqual([['system', 'assigned']]);
      expect(after.messages.map((m: { from: string; text: string }) => [m.from, m.text])).toEqual([['centre', '연락드릴게요'], ['you', '감사합니다']]);
      expect(JSON.stringify(after)).not.toMatch(/staff-1|internal note/);

      // More items: pending uploads back, item_added events, audited with counts only.
      const more = await asVictim(t.app, opened, 'POST', '/case/items', { items: [fileItem(randomBytes(10), 'another', 3)] });
      expect(more.statusCode).toBe(201);
      expect(more.json().uploads).toHaveLength(1);
      expect((await events.list(row?.id ?? '', { types: ['item_added'] })).length).toBe(1);
      const audit = await t.db.kysely.selectFrom('audit_log').select(['action', 'detail', 'actor_kind']).where('case_id', '=', row?.id ?? '').execute();
      expect(audit.map((a) => a.action)).toEqual(['help.request', 'help.message', 'help.items']);
      expect(audit.every((a) => a.actor_kind === 'victim' && !/도와|010|지킴|screenshot/.test(a.detail))).toBe(true);
    });

    it('keeps each case to its own code: B\'s code never shows A\'s items or messages', async () => {
      const a = await openCase(t.app, [webItem('A only item')], '10.0.0.2');
      const b = await openCase(t.app, [webItem('B only item')], '10.0.0.3');
      await asVictim(t.app, a, 'POST', '/case/messages', { text: 'A secret message' });
      const seenByB = (await asVictim(t.app, b, 'GET', '/case')).body;
      expect(seenByB).toContain('B only item');
      expect(seenByB).not.toMatch(/A only item|A secret message/);
      // A code with another case's PIN opens nothing.
      expect((await asVictim(t.app, { caseCode: a.caseCode, pin: b.pin }, 'GET', '/case')).statusCode).toBe(401);
    });

    it('refuses a missing, wrong, replayed or expired proof of work and stores nothing', async () => {
      const before = (await caseRepository(t.db.kysely).list({ limit: 500 })).length;
      const { pow: _drop, ...noPow } = helpRequest('x');
      expect((await post(noPow)).statusCode).toBe(400);
      expect((await post(helpRequest(''))).statusCode).toBe(400);
      expect((await post(helpRequest(Buffer.from('{"algorithm":"SHA-256"}').toString('base64')))).json().error).toBe('forbidden');
      const good = await solvedPow(t.app);
      const forged = JSON.parse(Buffer.from(good, 'base64').toString());
      forged.number += 1;
      expect((await post(helpRequest(Buffer.from(JSON.stringify(forged)).toString('base64')))).statusCode).toBe(403);
      expect((await post(helpRequest(good), '10.1.0.9')).statusCode).toBe(201);
      const replay = await post(helpRequest(good), '10.1.0.10');
      expect(replay.statusCode).toBe(403);
      expect(replay.json().error).toBe('forbidden');
      const late = await solvedPow(t.app);
      t.advance(11 * 60_000);
      expect((await post(helpRequest(late), '10.1.0.11')).statusCode).toBe(403);
      // Spent solutions are kept only until their challenge expires: the next challenge prunes them.
      expect((await t.db.kysely.selectFrom('pow_spent').select('id').execute()).length).toBeGreaterThan(0);
      await solvedPow(t.app);
      expect(await t.db.kysely.selectFrom('pow_spent').select('id').where('expires_at', '<', t.now().toISOString()).execute()).toEqual([]);
      expect((await caseRepository(t.db.kysely).list({ limit: 500 })).length).toBe(before + 1);
    });

    it('limits requests per address (hour, day) and in all, with Retry-After', async () => {
      // 01:05 UTC of the next day: the three hours below stay within one day's window.
      t.advanceIntoNextWindow(24 * 60 * 60_000, 65 * 60_000);
      for (let i = 0; i < 3; i += 1) expect((await post(helpRequest(await solvedPow(t.app)), '10.2.0.1')).statusCode).toBe(201);
      const fourth = await post(helpRequest(await solvedPow(t.app)), '10.2.0.1');
      expect(fourth.statusCode).toBe(429);
      expect(fourth.json().error).toBe('too_many_requests');
      expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0);
      // Another address is not held back; the next hour lets this one in again, until the day's 5.
      expect((await post(helpRequest(await solvedPow(t.app)), '10.2.0.2')).statusCode).toBe(201);
      t.advance(60 * 60_000);
      expect((await post(helpRequest(await solvedPow(t.app)), '10.2.0.1')).statusCode).toBe(201);
      expect((await post(helpRequest(await solvedPow(t.app)), '10.2.0.1')).statusCode).toBe(429);
      // Global: 40 an hour from everyone together.
      t.advance(60 * 60_000);
      const statuses: number[] = [];
      for (let i = 0; i < 42; i += 1) statuses.push((await post(helpRequest(await solvedPow(t.app)), `10.3.${i}.1`)).statusCode);
      expect(statuses.filter((s) => s === 201)).toHaveLength(40);
      expect(statuses.slice(40)).toEqual([429, 429]);
    });

    it('takes a request with many thumbnails, well over the usual body limit', async () => {
      t.advance(2 * 60 * 60_000);
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200 * 1024)]);
      const items = Array.from({ length: 12 }, (_, i) => ({ ...fileItem(randomBytes(100), `file ${i}`, i + 1), thumbnail: { mediaType: 'image/png' as const, base64: png.toString('base64') } }));
      const opened = await openCase(t.app, items, '10.6.0.1');
      expect(opened.uploads).toHaveLength(12);
      const caseId = (await t.db.kysely.selectFrom('case_items').select('case_id').where('id', '=', opened.uploads[0]?.itemId ?? '').executeTakeFirstOrThrow()).case_id;
      expect(await t.db.kysely.selectFrom('blobs').select('id').where('case_id', '=', caseId).execute()).toHaveLength(12);
    });

    it('refuses a thumbnail that is not its media type, or a file over 2 GiB, before storing anything', async () => {
      const before = (await caseRepository(t.db.kysely).list({ limit: 500 })).length;
      t.advance(2 * 60 * 60_000);
      const bad = fileItem(randomBytes(10));
      const lying = { ...bad, thumbnail: { mediaType: 'image/jpeg' as const, base64: Buffer.from('<html>').toString('base64') } };
      expect((await post(helpRequest(await solvedPow(t.app), [lying]), '10.4.0.1')).statusCode).toBe(400);
      const huge = fileItem(randomBytes(10));
      if (huge.item.file) huge.item.file.bytes = 2 * 1024 ** 3 + 1;
      expect((await post(helpRequest(await solvedPow(t.app), [huge]), '10.4.0.1')).statusCode).toBe(400);
      expect((await caseRepository(t.db.kysely).list({ limit: 500 })).length).toBe(before);
    });
  });
}
