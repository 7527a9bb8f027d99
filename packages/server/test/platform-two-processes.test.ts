/**
 * Two server processes on one PostgreSQL, each with its own matcher (issue 14): a hash added through
 * one is matched by the other within 10 s, a withdrawn one is gone within 10 s, and killing one with
 * SIGKILL in the middle of a stream of lookups leaves the other answering every one.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BankContent, MatchHit } from '../src/platform/platform-ports.js';
import { TEST_DATABASES } from './support/databases.js';
import { bankFixture, createPlatformBank, flipBits, randomPdq, type BankFixture } from './platform-bank-fixtures.js';

const postgres = TEST_DATABASES.find((d) => d.name === 'postgres');
if (!postgres) throw new Error('no PostgreSQL test database');
const childScript = path.join(import.meta.dirname, 'platform-matcher-child.ts');

interface Answer { id: number; error?: string; content?: BankContent; removed?: number; hits?: MatchHit[] }

/** A matcher process spoken to in JSON lines. */
function startChild(f: BankFixture) {
  const proc: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', childScript, JSON.stringify(f.database), f.keyFile], { stdio: 'pipe' });
  let stderr = '';
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const waiting = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();
  let ready: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (ready = resolve));
  readline.createInterface({ input: proc.stdout }).on('line', (line) => {
    const message = JSON.parse(line) as Answer & { ready?: boolean };
    if (message.ready) return ready();
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error) pending?.reject(new Error(message.error));
    else pending?.resolve(message);
  });
  proc.on('exit', () => {
    for (const pending of waiting.values()) pending.reject(new Error(`matcher process exited: ${stderr}`));
    waiting.clear();
  });
  let nextId = 0;
  const ask = (request: object): Promise<Answer> => new Promise((resolve, reject) => {
    const id = (nextId += 1);
    waiting.set(id, { resolve, reject });
    proc.stdin.write(`${JSON.stringify({ id, ...request })}\n`);
  });
  return {
    proc,
    started,
    add: async (bank: string, pdq: string) => (await ask({ op: 'add', bank, signals: [{ type: 'pdq', value: pdq }] })).content as BankContent,
    remove: async (bank: string, contentId: number) => (await ask({ op: 'delete', bank, contentId })).removed,
    lookup: async (pdq: string) => (await ask({ op: 'lookup', type: 'pdq', value: pdq })).hits ?? [],
    kill: () => new Promise<void>((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.kill('SIGKILL');
    }),
  };
}

describe.skipIf(!postgres.available)('two matcher processes on one PostgreSQL', () => {
  let f: BankFixture;
  let children: ReturnType<typeof startChild>[] = [];
  beforeEach(async () => {
    f = await bankFixture(postgres);
  });
  afterEach(async () => {
    for (const child of children) await child.kill();
    children = [];
    await f.close();
  });

  it('matches through one what was added through the other, forgets what was withdrawn, and survives the other being killed', async () => {
    const bank = await createPlatformBank(f.store);
    const [one, two] = [startChild(f), startChild(f)];
    children = [one, two];
    await Promise.all([one.started, two.started]);

    const pdq = randomPdq();
    const added = await one.add(bank, pdq);
    await vi.waitFor(async () => expect((await two.lookup(flipBits(pdq, 5))).map((h) => h.contentId)).toEqual([added.id]), { timeout: 10_000, interval: 50 });
    expect(await one.remove(bank, added.id)).toBe(1);
    await vi.waitFor(async () => expect(await two.lookup(pdq)).toEqual([]), { timeout: 10_000, interval: 50 });

    const kept = randomPdq();
    const keptContent = await one.add(bank, kept);
    await vi.waitFor(async () => expect(await two.lookup(kept)).toHaveLength(1), { timeout: 10_000, interval: 50 });
    const answers: number[][] = [];
    let killed: Promise<void> | null = null;
    for (let i = 0; i < 400; i += 1) {
      if (i === 100) killed = one.kill();
      if (i === 200) await killed;
      answers.push((await two.lookup(i % 2 === 0 ? kept : flipBits(kept, 20))).map((h) => h.contentId));
    }
    await killed;
    expect(one.proc.signalCode).toBe('SIGKILL');
    expect(answers.filter((ids) => ids.length !== 1 || ids[0] !== keptContent.id)).toEqual([]);

    // The survivor still follows the log: a write from elsewhere after the kill reaches it.
    const later = randomPdq();
    const laterContent = await f.store.addContent({ bank, origin: 'platform', signals: [{ type: 'pdq', value: later }] });
    await vi.waitFor(async () => expect((await two.lookup(later)).map((h) => h.contentId)).toEqual([laterContent.id]), { timeout: 10_000, interval: 50 });
  }, 60_000);
});
