/**
 * The Web Worker that makes the fingerprints of "Protect my images" (hash-requests.ts), off the
 * page's thread so that quick exit, scrolling and Cancel stay instant. Built on its own as a classic
 * script (build-site.ts) and served from Jikim's own origin, which the CSP allows.
 */
import { handleHashRequest } from './hash-requests.js';
import type { HashRequest, HashResponse } from './worker-protocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<HashRequest>) => void) | null;
  postMessage(message: HashResponse): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = event.data;
  // A message per chunk read would flood the page: only each whole per cent.
  let last = -1;
  const progress = (fraction: number) => {
    const percent = Math.floor(fraction * 100);
    if (percent === last) return;
    last = percent;
    scope.postMessage({ id: request.id, type: 'progress', fraction });
  };
  handleHashRequest(request, progress).then(
    (answer) => scope.postMessage({ id: request.id, type: 'done', answer }),
    (error: unknown) => scope.postMessage({ id: request.id, type: 'error', message: error instanceof Error ? error.message : 'hashing failed' }),
  );
};
