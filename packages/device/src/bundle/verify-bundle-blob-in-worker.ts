/**
 * Checks a bundle in a Web Worker (verify-bundle-worker.ts) and gives back its report: the page's
 * thread only posts the File and waits, so quick exit stays instant whatever the bundle holds.
 * One worker per check, ended as soon as the report arrives or the check is abandoned (the panel
 * unmounts, the locker locks): a bundle being checked is never left working in the background.
 */
import type { VerifyReport } from '@jikim/evidence';
import type { VerifyRequest, VerifyResponse } from './verify-bundle-worker.js';

/** The worker's content-hashed URL, set by build-site.ts (esbuild define); absent in tests. */
declare const __JIKIM_VERIFY_WORKER_URL__: string | undefined;
export const VERIFY_WORKER_URL: string | undefined = typeof __JIKIM_VERIFY_WORKER_URL__ === 'string' ? __JIKIM_VERIFY_WORKER_URL__ : undefined;

export class VerifyAbortedError extends Error {
  constructor() {
    super('The check was stopped');
    this.name = 'VerifyAbortedError';
  }
}

/** What is needed of a Worker (tests pass their own). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<VerifyResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: VerifyRequest): void;
  terminate(): void;
}

export interface InWorkerOptions {
  readonly signal?: AbortSignal;
  /** Makes the worker; default a classic Worker from VERIFY_WORKER_URL. */
  readonly createWorker?: () => WorkerLike;
}

function defaultWorker(): WorkerLike {
  if (!VERIFY_WORKER_URL || typeof Worker === 'undefined') throw new Error('no verify worker in this build');
  return new Worker(VERIFY_WORKER_URL, { name: 'jikim-verify' });
}

/**
 * The report of the bundle, checked in a worker. Rejects with VerifyAbortedError when the signal
 * aborts (the worker is ended at once), and with an Error when the worker cannot run.
 */
export function verifyBundleInWorker(file: Blob, options: InWorkerOptions = {}): Promise<VerifyReport> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(new VerifyAbortedError());
  return new Promise<VerifyReport>((resolve, reject) => {
    let worker: WorkerLike;
    try {
      worker = (options.createWorker ?? defaultWorker)();
    } catch (error) {
      reject(error instanceof Error ? error : new Error('the verify worker could not start'));
      return;
    }
    const finish = (settle: () => void) => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      worker.terminate();
      signal?.removeEventListener('abort', abort);
      settle();
    };
    const abort = () => finish(() => reject(new VerifyAbortedError()));
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event) => {
      const response = event.data;
      finish(() => (response.ok ? resolve(response.report) : reject(new Error(response.message))));
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish(() => reject(new Error(`the verify worker failed${event.message ? `: ${event.message}` : ''}`)));
    };
    worker.onmessageerror = () => finish(() => reject(new Error('the verify worker sent a report that could not be read')));
    worker.postMessage({ file });
  });
}
