/**
 * Insert-to-matchable across processes (issue 14): two real servers on one PostgreSQL database. A
 * content is added through server A (`POST /c/bank/NAME/signal`, a curate key) and server B's
 * `GET /m/lookup` is polled every 50 ms until it answers that content id; then the content is
 * deleted through A and B polled until it no longer does. Times are from A's answer to B's.
 */
import { randomBytes } from 'node:crypto';
import type { BenchServer } from './platform-server.js';

const POLL_MS = 50;
const GIVE_UP_MS = 120_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface PropagationResult {
  readonly insertMs: number[];
  readonly withdrawMs: number[];
}

async function call(url: string, key: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(url, { ...init, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...init.headers } });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${new URL(url).pathname}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** True when B's lookup of `hex` answers `contentId` in `bank`. */
async function bSees(b: BenchServer, key: string, bank: string, hex: string, contentId: number): Promise<boolean> {
  const found = (await call(`${b.url}/api/platform/hma/m/lookup?signal_type=pdq&signal=${hex}`, key)) as Record<string, { bank_content_id: number }[]>;
  return (found[bank] ?? []).some((m) => m.bank_content_id === contentId);
}

async function until(b: BenchServer, key: string, bank: string, hex: string, contentId: number, want: boolean): Promise<number> {
  const started = performance.now();
  for (;;) {
    if ((await bSees(b, key, bank, hex, contentId)) === want) return performance.now() - started;
    if (performance.now() - started > GIVE_UP_MS) throw new Error(`server B did not ${want ? 'match' : 'drop'} content ${contentId} within ${GIVE_UP_MS} ms`);
    await sleep(POLL_MS);
  }
}

export async function measurePropagation(a: BenchServer, b: BenchServer, key: string, bank: string, rounds: number): Promise<PropagationResult> {
  const insertMs: number[] = [];
  const withdrawMs: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const hex = randomBytes(32).toString('hex');
    if (await bSees(b, key, bank, hex, -1)) throw new Error('unreachable');
    const added = (await call(`${a.url}/api/platform/hma/c/bank/${bank}/signal`, key, { method: 'POST', body: JSON.stringify({ pdq: hex }) })) as { id: number };
    insertMs.push(await until(b, key, bank, hex, added.id, true));
    const removed = await fetch(`${a.url}/api/platform/hma/c/bank/${bank}/content/${added.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${key}` } });
    if (!removed.ok) throw new Error(`DELETE content: ${removed.status}`);
    withdrawMs.push(await until(b, key, bank, hex, added.id, false));
    // Spread the inserts over the refresh cycle rather than locking onto one phase of it.
    await sleep(137 * ((r % 7) + 1));
  }
  return { insertMs, withdrawMs };
}
