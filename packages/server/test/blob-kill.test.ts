import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { caseBlobs } from '../src/blobs/case-blobs.js';
import { createFileBlobStore } from '../src/blobs/file-blob-store.js';
import { caseRepository } from '../src/cases/case.repository.js';
import { blobContent, blobContentSha256, blobSize } from './support/blob-content.js';
import { TEST_DATABASES } from './support/databases.js';
import { createVaultFixture, type VaultFixture } from './support/vault-fixture.js';

const child = path.join(import.meta.dirname, 'blob-write-child.ts');

interface Acks {
  /** blob id → seed, for blobs stored with a row. */
  readonly stored: Map<string, string>;
  /** upload id → seed and the size of its last acknowledged append. */
  readonly appended: Map<string, { seed: string; size: number }>;
  readonly finished: Map<string, string>;
}

/** Runs the writer until it has acknowledged `count` writes, then kills it with SIGKILL. */
function writeUntilKilled(f: VaultFixture, caseId: string, run: string, count: number): Promise<Acks> {
  return new Promise((resolve, reject) => {
    const args = [JSON.stringify(f.database), f.keyFile, f.blobDir, caseId, run];
    const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: Acks = { stored: new Map(), appended: new Map(), finished: new Map() };
    let seen = 0;
    let buffer = '';
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, id = '', seed = '', size = ''] = line.split(' ');
        if (kind === 'ack') acks.stored.set(id, seed);
        else if (kind === 'appended') acks.appended.set(id, { seed, size: Number(size) });
        else if (kind === 'finished') acks.finished.set(id, seed);
        else continue;
        seen += 1;
      }
      if (seen >= count) proc.kill('SIGKILL');
    });
    proc.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acks);
      else reject(new Error(`writer exited on its own: ${stderr}`));
    });
  });
}

async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`blob writes killed with SIGKILL on ${testDb.name}`, () => {
    it('keeps every acknowledged blob readable and verified, and shows nothing half-written', async () => {
      const f = await createVaultFixture(testDb);
      try {
        const caseId = (await caseRepository(f.db.kysely).create({ openedBy: 'victim_request' })).id;
        const dir = path.join(f.blobDir, caseId);
        const stored = new Map<string, string>();
        let swept = 0;
        let resumed = 0;
        for (let run = 0; run < 3; run += 1) {
          const acks = await writeUntilKilled(f, caseId, `r${run}`, 12 + run * 7);
          for (const [id, seed] of [...acks.stored, ...acks.finished]) stored.set(id, seed);

          // Restart: a new store over the same directory, swept as the server does when ready.
          const store = createFileBlobStore({ dir: f.blobDir, vault: f.vault });
          swept += (await store.sweep()).removed;
          const names = fs.readdirSync(dir);
          expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
          expect(names.every((name) => /^[A-Za-z0-9_-]{22}\.(blob|part)$/.test(name))).toBe(true);

          // Every acknowledged blob reads back whole; its row agrees.
          const rows = new Map((await caseBlobs({ db: f.db.kysely, vault: f.vault, store }).list(caseId)).map((b) => [b.id, b]));
          for (const [id, seed] of stored) {
            const expected = blobContentSha256(seed, blobSize(seed));
            expect(await sha256Of(store.read(caseId, id)), seed).toBe(expected);
            if (acks.stored.has(id)) expect(rows.get(id)?.sha256).toBe(expected);
          }
          // Nothing half-visible: every complete name reads to its end and verifies.
          for (const name of names.filter((n) => n.endsWith('.blob'))) {
            await expect(sha256Of(store.read(caseId, name.slice(0, -5)))).resolves.toMatch(/^[0-9a-f]{64}$/);
          }
          // Unfinished uploads resume from at least their last acknowledged append and finish.
          for (const [id, { seed, size }] of acks.appended) {
            if (acks.finished.has(id) || !names.includes(`${id}.part`)) continue;
            const offset = await store.uploadOffset(caseId, id);
            expect(offset).toBeGreaterThanOrEqual(size);
            const total = blobSize(seed);
            let position = 0;
            const rest = [...blobContent(seed, total)].flatMap((piece) => {
              const start = position;
              position += piece.length;
              return position <= offset ? [] : [piece.subarray(Math.max(0, offset - start))];
            });
            if (offset < total) await store.append(caseId, id, rest);
            const blob = await store.finish(caseId, id);
            expect(blob.sha256).toBe(blobContentSha256(seed, total));
            stored.set(id, seed);
            resumed += 1;
          }
        }
        // The kills did land mid-write: one-shot writes in flight left temp files to sweep.
        expect(swept).toBeGreaterThan(0);
        expect(stored.size).toBeGreaterThanOrEqual(6);
        expect(resumed).toBeGreaterThan(0);
      } finally {
        await f.close();
      }
    }, 120_000);
  });
}
