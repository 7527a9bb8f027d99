/**
 * The page's side of the hashing worker: one worker per chosen file, asked one thing at a time and
 * ended as soon as the file is done or cancelled (terminate stops it mid-hash; nothing is left
 * working in the background).
 */
import type { HashAnswer, HashRequest, HashResponse } from './worker-protocol.js';

/** The worker's content-hashed URL, set by build-site.ts (esbuild define); absent in tests. */
declare const __JIKIM_PROTECT_WORKER_URL__: string | undefined;
const WORKER_URL: string | undefined = typeof __JIKIM_PROTECT_WORKER_URL__ === 'string' ? __JIKIM_PROTECT_WORKER_URL__ : undefined;

export class HashCancelledError extends Error {
  constructor() {
    super('hashing was cancelled');
    this.name = 'HashCancelledError';
  }
}

/** What is needed of a Worker (tests pass their own). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<HashResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: HashRequest, transfer?: Transferable[]): void;
  terminate(): void;
}

export const canHashHere = (): boolean => Boolean(WORKER_URL) && typeof Worker === 'function';

function defaultWorker(): WorkerLike {
  if (!WORKER_URL || typeof Worker !== 'function') throw new Error('no hashing worker in this build');
  return new Worker(WORKER_URL, { name: 'jikim-protect-hash' });
}

type Body<R> = R extends HashRequest ? Omit<R, 'id'> : never;

export class HashWorker {
  private readonly worker: WorkerLike;
  private next = 1;
  private readonly pending = new Map<number, { resolve: (a: HashAnswer) => void; reject: (e: Error) => void; onProgress?: (f: number) => void }>();
  private ended = false;

  constructor(createWorker: () => WorkerLike = defaultWorker) {
    this.worker = createWorker();
    this.worker.onmessage = (event) => {
      const message = event.data;
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      if (message.type === 'progress') return waiting.onProgress?.(message.fraction);
      this.pending.delete(message.id);
      if (message.type === 'done') waiting.resolve(message.answer);
      else waiting.reject(new Error(message.message));
    };
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      this.fail(new Error(`the hashing worker failed${event.message ? `: ${event.message}` : ''}`));
    };
  }

  ask<A extends HashAnswer['type']>(request: Body<HashRequest> & { type: A }, onProgress?: (fraction: number) => void, transfer: Transferable[] = []): Promise<Extract<HashAnswer, { type: A }>> {
    if (this.ended) return Promise.reject(new HashCancelledError());
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (a: HashAnswer) => void, reject, ...(onProgress ? { onProgress } : {}) });
      this.worker.postMessage({ ...request, id } as HashRequest, transfer);
    });
  }

  /** Stops the worker at once; whatever was asked rejects with HashCancelledError. */
  end(): void {
    this.fail(new HashCancelledError());
  }

  private fail(error: Error): void {
    if (this.ended) return;
    this.ended = true;
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.worker.terminate();
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
