/**
 * Deletion letters (issue 13) sent to a real SMTP server the test starts (smtp-server) and read back
 * with mailparser: each message goes to the address given, with the letter's subject and every URL
 * of its operator's targets and none of another's; the kept letter's message id is the one the
 * server received; the targets become requested with the letter's id. No consent: 409
 * consent_missing. Without SMTP_URL the server says so and only the web form is offered.
 */
import type { AddressInfo } from 'node:net';
import type { SentLetter, Target } from '@jikim/contracts';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, caseWorkApp, requestCase } from './case-work-consent-fixtures.js';
import { addTargets, listTargets } from './case-work-target-fixtures.js';
import { call, V1 } from './console-case-fixtures.js';
import { TEST_DATABASES } from './support/databases.js';
import { createStaffTestApp, type Person, type StaffTestApp } from './support/staff-app.js';

const FROM = 'centre@jikim-test.example';
const LETTER = { locale: 'ko', contentKind: 'non-consensual-sharing', respondBy: '2026-12-10' } as const;

function startSmtp(): Promise<{ server: SMTPServer; port: number; received: ParsedMail[] }> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onRcptTo(address, _session, done) {
      done(address.address.endsWith('@refuse.example') ? Object.assign(new Error('No such mailbox'), { responseCode: 550 }) : undefined);
    },
    onData(stream, _session, done) {
      simpleParser(stream).then((mail) => { received.push(mail); done(); }, done);
    },
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.server.address() as AddressInfo).port, received }));
  });
}

const toAddress = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address));

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`case letters on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let me: Person;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    beforeAll(async () => {
      smtp = await startSmtp();
      t = await createStaffTestApp(testDb, undefined, { HELP_POW_MAX_NUMBER: '20', SMTP_URL: `smtp://127.0.0.1:${String(smtp.port)}`, SMTP_FROM: FROM });
      me = await t.person('counsellor');
    });
    afterAll(async () => {
      await t.close();
      await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    });

    it('sends each operator its own URLs by e-mail after consent, keeps the letter, and moves the targets to requested', async () => {
      expect((await call(t, me, 'GET', `${V1}/mail/status`)).json()).toEqual({ configured: true, from: FROM });
      const o = await requestCase(t);
      const naverUrls = ['https://m.blog.naver.com/a/1', 'https://cafe.naver.com/b/2?x=1', `https://blog.naver.com/long/${'k'.repeat(3_000)}`];
      const youtubeUrls = ['https://www.youtube.com/watch?v=aaa', 'https://youtu.be/bbb'];
      const { added } = await addTargets(t, me, o.caseId, [naverUrls[0] ?? '', youtubeUrls[0] ?? '', naverUrls[1] ?? '', youtubeUrls[1] ?? '', naverUrls[2] ?? '']);
      const ids = (operator: string) => added.filter((a) => a.operator === operator).map((a) => a.id);
      const send = (targetIds: string[], sendAs: object) => call(t, me, 'POST', `${V1}/cases/${o.caseId}/letters`, { ...LETTER, targetIds, send: sendAs });

      const refused = await send(ids('naver'), { method: 'email', to: 'report@naver-test.example' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ error: 'consent_missing' });
      expect(smtp.received).toHaveLength(0);
      expect((await call(t, me, 'POST', `${V1}/cases/${o.caseId}/consents`, { kind: 'write_to_operators', granted: true })).statusCode).toBe(201);

      const mixed = await call(t, me, 'POST', `${V1}/cases/${o.caseId}/letters/preview`, { ...LETTER, targetIds: [...ids('naver'), ...ids('youtube')] });
      expect(mixed.statusCode).toBe(400);
      const preview = await call(t, me, 'POST', `${V1}/cases/${o.caseId}/letters/preview`, { ...LETTER, targetIds: ids('naver') });
      expect(preview.statusCode, preview.body).toBe(200);

      const sent = await send(ids('naver'), { method: 'email', to: 'report@naver-test.example' });
      expect(sent.statusCode, sent.body).toBe(201);
      const letter = sent.json() as SentLetter;
      expect(letter).toMatchObject({ method: 'email', to: 'report@naver-test.example', locale: 'ko', targetIds: ids('naver'), subject: preview.json().subject, body: preview.json().body });
      expect(letter.body).toContain('네이버');

      t.clock.advance(60_000);
      const sentYoutube = await send(ids('youtube'), { method: 'email', to: 'legal@youtube-test.example' });
      expect(sentYoutube.statusCode, sentYoutube.body).toBe(201);
      expect(smtp.received).toHaveLength(2);
      const [toNaver, toYoutube] = smtp.received;
      for (const [mail, kept, mine, theirs, to] of [
        [toNaver, letter, naverUrls, youtubeUrls, 'report@naver-test.example'],
        [toYoutube, sentYoutube.json() as SentLetter, youtubeUrls, naverUrls, 'legal@youtube-test.example'],
      ] as const) {
        expect(toAddress(mail as ParsedMail)).toEqual([to]);
        expect(mail?.from?.value[0]?.address).toBe(FROM);
        expect(mail?.subject).toBe(kept.subject);
        expect(mail?.messageId).toBe(kept.messageId);
        for (const url of mine) expect(mail?.text).toContain(url);
        for (const url of theirs) expect(mail?.text).not.toContain(url);
      }

      const targets = await listTargets(t, me, o.caseId);
      for (const target of targets) {
        const by = target.operator === 'naver' ? letter.id : (sentYoutube.json() as SentLetter).id;
        expect(target).toMatchObject({ status: 'requested', method: 'email', events: [{ status: 'requested', letterId: by, actor: { kind: 'counsellor', staffId: me.id } }] });
      }
      const kept = (await call(t, me, 'GET', `${V1}/cases/${o.caseId}/letters`)).json().letters as SentLetter[];
      expect(kept.map((l) => [l.id, l.messageId, l.to])).toEqual([[letter.id, toNaver?.messageId, 'report@naver-test.example'], [(sentYoutube.json() as SentLetter).id, toYoutube?.messageId, 'legal@youtube-test.example']]);
      const row = await t.db.kysely.selectFrom('case_letters').selectAll().where('id', '=', letter.id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ method: 'email', operator: 'naver', target_count: 3 });
      expect(row.letter_sealed).not.toContain('naver');
      expect((await auditOf(t, 'case.letter.send', o.caseId)).map((a) => a.detail)).toEqual([
        { method: 'email', operator: 'naver', targets: 3 }, { method: 'email', operator: 'youtube', targets: 2 },
      ]);
      const events = (await call(t, me, 'GET', `${V1}/cases/${o.caseId}`)).json().events as { type: string; text: string }[];
      expect(events.filter((e) => e.type === 'letter_sent').map((e) => e.text)).toEqual(['네이버 신고센터', '유튜브 개인정보 침해 신고']);
    });

    it('keeps nothing and moves nothing when the mail server refuses the letter', async () => {
      const o = await requestCase(t);
      await call(t, me, 'POST', `${V1}/cases/${o.caseId}/consents`, { kind: 'write_to_operators', granted: true });
      const { added } = await addTargets(t, me, o.caseId, ['https://www.tiktok.com/@u/video/9']);
      const refused = await call(t, me, 'POST', `${V1}/cases/${o.caseId}/letters`, { ...LETTER, targetIds: added.map((a) => a.id), send: { method: 'email', to: 'nobody@refuse.example' } });
      expect(refused.statusCode).toBe(503);
      expect(refused.json()).toMatchObject({ error: 'unavailable' });
      expect((await listTargets(t, me, o.caseId)).map((x) => x.status)).toEqual(['found']);
      expect((await call(t, me, 'GET', `${V1}/cases/${o.caseId}/letters`)).json()).toEqual({ letters: [] });
    });

    it('records a letter sent by web form with its reference; a removed target cannot be asked again', async () => {
      const o = await requestCase(t);
      await call(t, me, 'POST', `${V1}/cases/${o.caseId}/consents`, { kind: 'write_to_operators', granted: true });
      const { added } = await addTargets(t, me, o.caseId, ['https://www.tiktok.com/@u/video/1', 'https://www.tiktok.com/@u/video/2']);
      const [first, second] = added as [Target, Target];
      const before = smtp.received.length;
      const form = await call(t, me, 'POST', `${V1}/cases/${o.caseId}/letters`, {
        ...LETTER, locale: 'en', targetIds: [first.id], send: { method: 'web_form', reference: 'TT-555', formUrl: 'https://www.tiktok.com/legal/report' },
      });
      expect(form.statusCode, form.body).toBe(201);
      expect(form.json()).toMatchObject({ method: 'web_form', to: 'https://www.tiktok.com/legal/report', messageId: 'TT-555', locale: 'en', targetIds: [first.id] });
      expect(smtp.received.length).toBe(before);
      await call(t, me, 'POST', `${V1}/cases/${o.caseId}/targets/${first.id}/status`, { status: 'removed' });
      const again = await call(t, me, 'POST', `${V1}/cases/${o.caseId}/letters`, { ...LETTER, targetIds: [first.id, second.id], send: { method: 'email', to: 'x@tiktok-test.example' } });
      expect(again.statusCode).toBe(400);
      expect(again.json()).toMatchObject({ code: 'status_not_allowed' });
      expect(smtp.received.length).toBe(before);
      const targets = await listTargets(t, me, o.caseId);
      expect(targets.map((x) => [x.status, x.method, x.events[0]?.reference])).toEqual([['removed', 'form', 'TT-555'], ['found', undefined, undefined]]);
    });
  });

  describe.skipIf(!testDb.available)(`case letters without SMTP on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let me: Person;
    beforeAll(async () => {
      t = await caseWorkApp(testDb);
      me = await t.person('counsellor');
    });
    afterAll(() => t.close());

    it('says e-mail is off and refuses to send by e-mail, but records a web form', async () => {
      expect((await call(t, me, 'GET', `${V1}/mail/status`)).json()).toEqual({ configured: false });
      const o = await requestCase(t);
      await call(t, me, 'POST', `${V1}/cases/${o.caseId}/consents`, { kind: 'write_to_operators', granted: true });
      const { added } = await addTargets(t, me, o.caseId, ['https://www.reddit.com/r/x/comments/1']);
      const targetIds = added.map((a) => a.id);
      const email = await call(t, me, 'POST', `${V1}/cases/${o.caseId}/letters`, { ...LETTER, targetIds, send: { method: 'email', to: 'a@reddit-test.example' } });
      expect(email.statusCode).toBe(409);
      const form = await call(t, me, 'POST', `${V1}/cases/${o.caseId}/letters`, { ...LETTER, targetIds, send: { method: 'web_form', reference: '' } });
      expect(form.statusCode, form.body).toBe(201);
    });
  });
}
