/**
 * The Web Worker that checks a bundle for the verify panel (issue 10): the same verifyBundleBlob,
 * off the page's thread, so that reading a hostile manifest or hashing a large bundle never holds
 * up the page — quick exit, typing, scrolling stay instant. The page posts the File (cloned by
 * reference: nothing is copied or read into memory) and gets the report back; see
 * verify-bundle-blob-in-worker.ts.
 *
 * Built on its own as a classic script (build-site.ts: browsers without module workers run it too)
 * and served from Jikim's own origin, which the CSP allows (script-src 'self', no worker-src).
 */
import type { VerifyReport } from '@jikim/evidence';
import { verifyBundleBlob } from './verify-bundle-blob.js';

export type VerifyRequest = { file: Blob };
export type VerifyResponse = { ok: true; report: VerifyReport } | { ok: false; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<VerifyRequest>) => void) | null;
  postMessage(message: VerifyResponse): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  // verifyBundleBlob never throws for a bad bundle; anything else is the worker's own failure.
  verifyBundleBlob(event.data.file).then(
    (report) => scope.postMessage({ ok: true, report }),
    (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : 'the check failed' }),
  );
};
