/**
 * The server the case benchmarks load: the real app on a fresh SQLite file or PostgreSQL database
 * (`tsx case-server.ts sqlite|postgres PORT`), listening on 127.0.0.1, with a counsellor signed in
 * through the real set-up routes and 200 cases opened by victims (each with its sealed contact
 * preferences and two items). Intake limits are raised so the load is not simply refused (the
 * limits themselves are tested, not benchmarked). Prints one JSON line: `{ cookie, csrf }`.
 */
import { caseItems } from '../packages/server/src/cases/case-items.js';
import { caseRepository, requestContext } from '../packages/server/src/cases/case.repository.js';
import { TEST_DATABASES } from '../packages/server/test/support/databases.js';
import { createStaffTestApp } from '../packages/server/test/support/staff-app.js';

const [dbName = 'sqlite', port = '8383'] = process.argv.slice(2);
const testDb = TEST_DATABASES.find((d) => d.name === dbName);
if (!testDb?.available) throw new Error(`database ${dbName} is not available`);

export const BENCH_ENV: Record<string, string> = {
  HELP_POW_MAX_NUMBER: '1000',
  HELP_REQUESTS_PER_ADDRESS_HOUR: '1000000',
  HELP_REQUESTS_PER_ADDRESS_DAY: '1000000',
  HELP_REQUESTS_GLOBAL_HOUR: '1000000',
  HELP_UPLOAD_BYTES_PER_ADDRESS_DAY: String(1024 ** 4),
};

const t = await createStaffTestApp(testDb, new Date(), BENCH_ENV);
const counsellor = await t.person('counsellor');
const cases = caseRepository(t.db.kysely);
const items = caseItems(t.db.kysely, t.app.vault);
const at = new Date().toISOString();
for (let n = 0; n < 200; n += 1) {
  const kase = await cases.create({ openedBy: 'victim_request', locale: n % 2 ? 'en' : 'ko', situation: 'dissemination' });
  const contact = { name: `이용자 ${n}`, channels: ['sms'], phone: '010-1234-5678', safeHours: '평일 저녁 7시 이후', noVoicemail: true };
  const sealed = await t.app.vault.sealCaseField(kase.id, JSON.stringify({ contact, message: '도와주세요. '.repeat(20) }), requestContext(kase.id));
  await cases.update(kase.id, { requestSealed: sealed });
  for (const i of [1, 2]) {
    await items.add(kase.id, {
      item: { id: `web-${i}`, exhibitNumber: i, kind: 'web', title: `게시물 ${i}`, addedAt: at, web: { url: `https://example.com/p/${n}/${i}` }, history: [{ at, action: 'added', summary: '추가함' }] },
      addedBy: 'victim', upload: 'none',
    });
  }
}
await t.app.listen({ port: Number(port), host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ cookie: counsellor.cookie, csrf: counsellor.csrf })}\n`);
process.on('SIGTERM', () => void t.close().finally(() => process.exit(0)));
