/**
 * Child process of blob-kill.test.ts: writes blobs (one-shot puts with rows, and resumable uploads)
 * from several writers until it is killed, printing a line once each write has resolved:
 * "ack <blob id> <seed>" for a stored blob, "appended <upload id> <seed> <size>" for an append.
 */
import { setImmediate } from 'node:timers/promises';
import { caseBlobs } from '../src/blobs/case-blobs.js';
import { createFileBlobStore } from '../src/blobs/file-blob-store.js';
import type { Config } from '../src/config.js';
import { createDb } from '../src/db/database.js';
import { createVault } from '../src/vault/vault.js';
import { blobContent, blobSize } from './support/blob-content.js';

const [databaseJson = '', keyFile = '', blobDir = '', caseId = '', run = ''] = process.argv.slice(2);
const db = createDb(JSON.parse(databaseJson) as Config['database']);
const vault = createVault(db, { masterKeyFile: keyFile });
const store = createFileBlobStore({ dir: blobDir, vault });
const blobs = caseBlobs({ db: db.kysely, vault, store });

/** The bytes of a seed, a piece at a time with a pause between, so a kill lands mid-write. */
async function* slowly(seed: string, size: number, from = 0): AsyncGenerator<Buffer> {
  let offset = 0;
  for (const piece of blobContent(seed, size)) {
    if (offset >= from) yield piece;
    offset += piece.length;
    await setImmediate();
  }
}

async function putter(w: number): Promise<never> {
  for (let i = 0; ; i += 1) {
    const seed = `${run}-${w}-${i}`;
    const blob = await blobs.store(caseId, slowly(seed, blobSize(seed)));
    process.stdout.write(`ack ${blob.id} ${seed}\n`);
  }
}

async function uploader(w: number): Promise<never> {
  for (let i = 0; ; i += 1) {
    const seed = `${run}-u${w}-${i}`;
    const size = blobSize(seed);
    const { id } = await store.begin(caseId);
    // Appends of one or more 24 KiB pieces, each acknowledged with the size so far.
    const pieces = [...blobContent(seed, size)];
    for (let next = 0; next < pieces.length;) {
      const take = pieces.slice(next, next + 1 + (next % 3));
      next += take.length;
      const { size: sofar } = await store.append(caseId, id, (async function* () {
        for (const piece of take) {
          yield piece;
          await setImmediate();
        }
      })());
      process.stdout.write(`appended ${id} ${seed} ${sofar}\n`);
    }
    const blob = await store.finish(caseId, id);
    process.stdout.write(`finished ${blob.id} ${seed}\n`);
  }
}

process.stdout.write('ready\n');
await Promise.all([0, 1, 2].map(putter).concat([0, 1].map(uploader)));
