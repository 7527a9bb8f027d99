import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from './support/databases.js';
import { asVictim, createHelpApp, openCase, type HelpApp, type Opened } from './help-app.js';

const wrongPin = (pin: string) => String((Number(pin) + 1) % 1_000_000).padStart(6, '0');
const MINUTE = 60_000;

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`the case code and PIN on ${testDb.name}`, () => {
    let t: HelpApp;
    beforeAll(async () => {
      t = await createHelpApp(testDb);
    });
    afterAll(() => t.close());
    // Each attempt from its own address, so only the case's own count is tested here.
    let n = 0;
    const get = (o: Pick<Opened, 'caseCode' | 'pin'>, address = `10.9.${++n % 250}.${Math.floor(n / 250) + 1}`) => asVictim(t.app, o, 'GET', '/case', undefined, address);
    const shape = (r: { statusCode: number; json(): { error: string; message: string } }) => [r.statusCode, r.json().error, r.json().message];

    it('forgives how a code is typed: case, spaces, no dashes, O for 0 and I/L for 1', async () => {
      const o = await openCase(t.app);
      const typed = o.caseCode.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
      expect((await get({ caseCode: typed, pin: o.pin })).statusCode).toBe(200);
    });

    it('answers an unknown code, a wrong PIN, a missing header, a locked case and the right PIN while locked alike', async () => {
      const o = await openCase(t.app);
      const unknown = await get({ caseCode: 'ZZZZZ-ZZZZZ-ZZZZZ', pin: o.pin });
      const wrong = await get({ caseCode: o.caseCode, pin: wrongPin(o.pin) });
      const missing = await t.app.inject({ method: 'GET', url: '/api/help/v1/case', remoteAddress: '10.8.0.1' });
      expect(shape(unknown)).toEqual([401, 'unauthorized', 'Please log in.']);
      expect(shape(wrong)).toEqual(shape(unknown));
      expect(shape(missing)).toEqual(shape(unknown));
      expect(shape(await get({ caseCode: 'not a code', pin: '12 34' }))).toEqual(shape(unknown));
      for (let i = 0; i < 4; i += 1) await get({ caseCode: o.caseCode, pin: wrongPin(o.pin) });
      // Locked now: the right PIN gets the very same answer.
      expect(shape(await get(o))).toEqual(shape(unknown));
      expect(Object.keys((await get(o)).headers)).toEqual(Object.keys(unknown.headers));
    });

    it('locks a case after 5 wrong PINs for 15 minutes, then for twice as long after the next 5', async () => {
      const o = await openCase(t.app);
      for (let i = 0; i < 4; i += 1) expect((await get({ caseCode: o.caseCode, pin: wrongPin(o.pin) })).statusCode).toBe(401);
      expect((await get(o)).statusCode).toBe(200); // 4 failures: not yet locked; a success clears them
      for (let i = 0; i < 5; i += 1) await get({ caseCode: o.caseCode, pin: wrongPin(o.pin) });
      expect((await get(o)).statusCode).toBe(401);
      t.advance(14 * MINUTE);
      expect((await get(o)).statusCode).toBe(401);
      t.advance(2 * MINUTE);
      expect((await get(o)).statusCode).toBe(200);
      for (let i = 0; i < 5; i += 1) await get({ caseCode: o.caseCode, pin: wrongPin(o.pin) });
      t.advance(29 * MINUTE);
      expect((await get(o)).statusCode).toBe(401);
      t.advance(2 * MINUTE);
      expect((await get(o)).statusCode).toBe(200);
    });

    it('refuses an address after 20 failures in an hour (429, Retry-After), whatever code it tries', async () => {
      t.advance(60 * MINUTE);
      const o = await openCase(t.app);
      const address = '10.7.0.1';
      for (let i = 0; i < 20; i += 1) expect((await get({ caseCode: 'ZZZZZ-ZZZZZ-ZZZZ' + String(i % 10), pin: '000000' }, address)).statusCode).toBe(401);
      const refused = await get(o, address);
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await get(o, '10.7.0.2')).statusCode).toBe(200);
      t.advance(60 * MINUTE);
      expect((await get(o, address)).statusCode).toBe(200);
    });

    it('never takes the case from the URL or the body', async () => {
      const a = await openCase(t.app);
      const b = await openCase(t.app);
      const rows = await t.db.kysely.selectFrom('cases').select('id').orderBy('created_at', 'desc').limit(2).execute();
      const aId = rows[1]?.id ?? '';
      const sneaky = await asVictim(t.app, b, 'POST', `/case/messages?caseId=${aId}`, { text: 'to whom?', caseId: aId });
      expect(sneaky.statusCode).toBe(201);
      expect((await get(a)).json().messages).toEqual([]);
      expect((await get(b)).json().messages).toHaveLength(1);
    });
  });
}
