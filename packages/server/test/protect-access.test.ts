import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from './support/databases.js';
import { createHelpApp, helpRequest, openCase, solvedPow, type HelpApp } from './help-app.js';
import { asPerson, imageItem, postSubmission, submit } from './protect-app.js';

const wrongPin = (pin: string) => String((Number(pin) + 1) % 1_000_000).padStart(6, '0');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`a /protect code and PIN, and its limits, on ${testDb.name}`, () => {
    let t: HelpApp;
    beforeAll(async () => {
      t = await createHelpApp(testDb);
    });
    afterAll(() => t.close());
    // Each attempt from its own address, so only the submission's own count is tested here.
    let n = 0;
    const get = (o: { code: string; pin: string }, address = `10.9.${++n % 250}.${Math.floor(n / 250) + 1}`) => asPerson(t.app, o, 'GET', '/submission', address);
    const shape = (r: { statusCode: number; json(): { error: string; message: string } }) => [r.statusCode, r.json().error, r.json().message];

    it('answers an unknown code, a wrong PIN, no headers, a case\'s code and a locked submission alike', async () => {
      const o = await submit(t.app, [imageItem()]);
      const c = await openCase(t.app);
      const unknown = await get({ code: 'ZZZZZ-ZZZZZ-ZZZZZ', pin: o.pin });
      expect(shape(unknown)).toEqual([401, 'unauthorized', 'Please log in.']);
      expect(shape(await get({ code: o.code, pin: wrongPin(o.pin) }))).toEqual(shape(unknown));
      expect(shape(await t.app.inject({ method: 'GET', url: '/api/protect/v1/submission', remoteAddress: '10.8.0.1' }))).toEqual(shape(unknown));
      expect(shape(await get({ code: 'not a code', pin: '12 34' }))).toEqual(shape(unknown));
      expect(shape(await get({ code: c.caseCode, pin: c.pin }))).toEqual(shape(unknown));
      for (let i = 0; i < 4; i += 1) await get({ code: o.code, pin: wrongPin(o.pin) });
      // Locked now: the right PIN gets the very same answer, and cannot withdraw either.
      expect(shape(await get(o))).toEqual(shape(unknown));
      expect(shape(await asPerson(t.app, o, 'POST', '/submission/withdraw', '10.8.0.3'))).toEqual(shape(unknown));
    });

    it('locks after 5 wrong PINs for 15 minutes, then for twice as long after the next 5; typed codes are forgiven', async () => {
      const o = await submit(t.app, [imageItem()]);
      for (let i = 0; i < 4; i += 1) expect((await get({ code: o.code, pin: wrongPin(o.pin) })).statusCode).toBe(401);
      expect((await get({ code: o.code.toLowerCase().replace(/-/g, ' '), pin: o.pin })).statusCode).toBe(200); // a success clears the 4
      for (let i = 0; i < 5; i += 1) await get({ code: o.code, pin: wrongPin(o.pin) });
      expect((await get(o)).statusCode).toBe(401);
      t.advance(14 * MINUTE);
      expect((await get(o)).statusCode).toBe(401);
      t.advance(2 * MINUTE);
      expect((await get(o)).statusCode).toBe(200);
      for (let i = 0; i < 5; i += 1) await get({ code: o.code, pin: wrongPin(o.pin) });
      t.advance(29 * MINUTE);
      expect((await get(o)).statusCode).toBe(401);
      t.advance(2 * MINUTE);
      expect((await get(o)).statusCode).toBe(200);
    });

    it('refuses an address after 20 failures in an hour (429, Retry-After), whatever code it tries', async () => {
      t.advanceIntoNextWindow(HOUR, MINUTE);
      const o = await submit(t.app, [imageItem()]);
      const address = '10.7.0.1';
      for (let i = 0; i < 20; i += 1) expect((await get({ code: `ZZZZZ-ZZZZZ-ZZZZ${i % 10}`, pin: '000000' }, address)).statusCode).toBe(401);
      const refused = await get(o, address);
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toMatchObject({ error: 'too_many_requests' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await get(o, '10.7.0.2')).statusCode).toBe(200);
      // The help request's own count of failures is not this one.
      const c = await openCase(t.app, [], address);
      expect((await t.app.inject({ method: 'GET', url: '/api/help/v1/case', headers: { 'x-jikim-case-code': c.caseCode, 'x-jikim-case-pin': c.pin }, remoteAddress: address })).statusCode).toBe(200);
      t.advance(HOUR);
      expect((await get(o, address)).statusCode).toBe(200);
    });

    it('takes 5 submissions an hour from one address (a help request\'s number, counted apart from help requests)', async () => {
      t.advanceIntoNextWindow(HOUR, MINUTE);
      const address = '10.6.0.1';
      for (let i = 0; i < 5; i += 1) await submit(t.app, [imageItem(1)], address);
      const refused = await postSubmission(t.app, { pow: await solvedPow(t.app), locale: 'ko', items: [imageItem(1)] }, address);
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await t.app.inject({ method: 'POST', url: '/api/help/v1/requests', payload: helpRequest(await solvedPow(t.app)), remoteAddress: address })).statusCode).toBe(201);
      await submit(t.app, [imageItem(1)], '10.6.0.2');
      t.advance(HOUR);
      await submit(t.app, [imageItem(1)], address);
    });
  });
}
