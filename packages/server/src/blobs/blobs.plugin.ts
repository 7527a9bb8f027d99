/**
 * How the rest of the server reaches the blob store: `app.blobs` (BlobStore), or with rows and
 * sealed digests, `caseBlobs({ db, vault: app.vault, store: app.blobs })`. Leftovers of writers
 * that crashed are swept before the app is ready.
 */
import type { FastifyInstance } from 'fastify';
import type { BlobStore } from './blob-store-port.js';

declare module 'fastify' {
  interface FastifyInstance {
    readonly blobs: BlobStore;
  }
}

export function registerBlobStore(app: FastifyInstance, store: BlobStore): void {
  app.decorate('blobs', store);
  app.addHook('onReady', async () => {
    const { removed } = await store.sweep();
    if (removed > 0) app.log.warn({ removed }, 'removed unfinished blob files');
  });
}
