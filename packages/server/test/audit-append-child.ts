/**
 * Child process of audit-kill.test.ts: appends audit rows from several concurrent writers until it
 * is killed, printing "ack <case id>" once each append has resolved.
 */
import { createAuditLog } from '../src/audit/audit-log.js';
import type { Config } from '../src/config.js';
import { createDb } from '../src/db/database.js';

const [databaseJson = '', anchorFile = '', run = ''] = process.argv.slice(2);
const database = JSON.parse(databaseJson) as Config['database'];
const db = createDb(database);
const audit = createAuditLog(db, { audit: { anchorFile } });

async function writer(w: number): Promise<never> {
  for (let i = 0; ; i += 1) {
    const caseId = `${run}-${w}-${i}`;
    await audit.append({ actor: { kind: 'staff', staffId: `staff-${w}`, sessionId: `s-${run}` }, action: 'case.read', caseId });
    process.stdout.write(`ack ${caseId}\n`);
  }
}

process.stdout.write('ready\n');
await Promise.all(Array.from({ length: 6 }, (_, w) => writer(w)));
