import { describe, expect, it } from 'vitest';
import { handleHashRequest } from './hash-requests.js';
import { HashCancelledError, HashWorker, type WorkerLike } from './hash-worker-client.js';
import type { HashRequest, HashResponse } from './worker-protocol.js';

/** A worker that runs the real work in this thread, as hash-worker.ts does in its own. */
function inThread(options: { hold?: boolean } = {}): WorkerLike & { terminated: boolean } {
  const worker = {
    onmessage: null as WorkerLike['onmessage'],
    onerror: null as WorkerLike['onerror'],
    terminated: false,
    postMessage(request: HashRequest) {
      const post = (message: HashResponse) => {
        if (!worker.terminated) worker.onmessage?.({ data: message } as MessageEvent<HashResponse>);
      };
      if (options.hold) return;
      void handleHashRequest(request, (fraction) => post({ id: request.id, type: 'progress', fraction }), { decode: () => Promise.reject(new Error('no decoder')) })
        .then((answer) => post({ id: request.id, type: 'done', answer }), (error: Error) => post({ id: request.id, type: 'error', message: error.message }));
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('the page’s side of the hashing worker', () => {
  it('answers each request with its own answer, progress first', async () => {
    const fake = inThread();
    const worker = new HashWorker(() => fake);
    const seen: number[] = [];
    const [a, b] = await Promise.all([
      worker.ask({ type: 'digest', file: new Blob(['one']) }, (f) => seen.push(f)),
      worker.ask({ type: 'digest', file: new Blob(['two']) }),
    ]);
    expect(a.digests.md5).toBe('f97c5d29941bfb1b2fdab0874906ab82');
    expect(b.digests.md5).toBe('b8a9f715dbb64fd5c56e7783c6820a61');
    expect(seen.at(-1)).toBe(1);
    worker.end();
    expect(fake.terminated).toBe(true);
  });

  it('ends the worker on cancel, and what was asked rejects as cancelled', async () => {
    const fake = inThread({ hold: true });
    const worker = new HashWorker(() => fake);
    const asked = worker.ask({ type: 'digest', file: new Blob(['x']) });
    worker.end();
    await expect(asked).rejects.toBeInstanceOf(HashCancelledError);
    expect(fake.terminated).toBe(true);
    await expect(worker.ask({ type: 'digest', file: new Blob(['y']) })).rejects.toBeInstanceOf(HashCancelledError);
  });

  it('rejects what was asked when the worker itself fails', async () => {
    const fake = inThread({ hold: true });
    const worker = new HashWorker(() => fake);
    const asked = worker.ask({ type: 'digest', file: new Blob(['x']) });
    fake.onerror?.({ message: 'boom', preventDefault: () => undefined } as ErrorEvent);
    await expect(asked).rejects.toThrow('the hashing worker failed: boom');
  });
});
