/**
 * Child process of platform-two-processes.test.ts: a bank store and a matcher (the server's, with
 * its default refresh) on the given database and master key, answering JSON lines on stdin —
 * `{ id, op: 'add' | 'delete' | 'lookup', … }` — with `{ id, … }` on stdout, until it is killed.
 */
import readline from 'node:readline';
import type { Config } from '../src/config.js';
import { createDb } from '../src/db/database.js';
import { createBankStore } from '../src/platform/banks/bank-store.js';
import { createMatcher } from '../src/platform/matcher/matcher.js';
import type { NewSignal } from '../src/platform/platform-ports.js';
import { createVault } from '../src/vault/vault.js';

type Request =
  | { id: number; op: 'add'; bank: string; signals: NewSignal[] }
  | { id: number; op: 'delete'; bank: string; contentId: number }
  | { id: number; op: 'lookup'; type: 'pdq' | 'md5'; value: string };

const [databaseJson = '', masterKeyFile = ''] = process.argv.slice(2);
const db = createDb(JSON.parse(databaseJson) as Config['database']);
const vault = createVault(db, { masterKeyFile });
const now = () => new Date();
const store = createBankStore({ db, vault, now });
const matcher = createMatcher({ db, vault, now });
await matcher.start();

async function answer(request: Request): Promise<object> {
  switch (request.op) {
    case 'add':
      return { content: await store.addContent({ bank: request.bank, origin: 'platform', signals: request.signals }) };
    case 'delete':
      return { removed: await store.deleteContent(request.bank, request.contentId) };
    case 'lookup':
      return { hits: matcher.lookup(request.type, request.value, { maxDistance: 31 }), stale: matcher.stale() };
  }
}

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const request = JSON.parse(line) as Request;
  answer(request).then(
    (body) => process.stdout.write(`${JSON.stringify({ id: request.id, ...body })}\n`),
    (error: unknown) => process.stdout.write(`${JSON.stringify({ id: request.id, error: String(error) })}\n`),
  );
});
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
