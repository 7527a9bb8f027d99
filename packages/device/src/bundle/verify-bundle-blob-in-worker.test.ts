/**
 * Issue 10: the verify panel's check in a Web Worker — the worker module answers a posted File
 * with verifyBundleBlob's report, and the client ends its worker on the report, on an error and
 * on abort. The report as the panels show it is tested beside them (web, verify-report-display).
 * (e2e/locker-verify-worker.spec.ts
 * runs the real worker in Chromium under the site's CSP.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { VerifyReport } from '@jikim/evidence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBundle } from '../../../evidence/test/fixtures.js';
import { verifyBundleInWorker, VerifyAbortedError, VERIFY_WORKER_URL, type WorkerLike } from './verify-bundle-blob-in-worker.js';
import { verifyBundleBlob } from './verify-bundle-blob.js';
import type { VerifyResponse } from './verify-bundle-worker.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-verify-worker-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const good = path.join(dir, 'bundle.zip');
beforeAll(async () => {
  await sampleBundle(dir, good);
});

/** A stand-in Worker: answers (or fails, or never answers) as told, and records being ended. */
function fakeWorker(answer: (post: (response: VerifyResponse) => void, fail: (message: string) => void) => void) {
  const state = { posted: 0, terminated: 0 };
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage() {
      state.posted++;
      queueMicrotask(() => answer(
        (response) => worker.onmessage?.({ data: response } as MessageEvent<VerifyResponse>),
        (message) => worker.onerror?.({ message, preventDefault() {} } as ErrorEvent),
      ));
    },
    terminate() {
      state.terminated++;
    },
  };
  return { worker, state };
}

const REPORT: VerifyReport = { ok: true, files: [{ path: 'manifest.json', status: 'ok' }], problems: [] };

describe('verifyBundleInWorker', () => {
  it('has no worker URL outside the site build', () => {
    expect(VERIFY_WORKER_URL).toBeUndefined();
  });

  it('posts the file, gives back the report and ends the worker', async () => {
    const { worker, state } = fakeWorker((post) => post({ ok: true, report: REPORT }));
    expect(await verifyBundleInWorker(new Blob(['x']), { createWorker: () => worker })).toEqual(REPORT);
    expect(state).toEqual({ posted: 1, terminated: 1 });
  });

  it('ends the worker at once when the check is abandoned', async () => {
    const { worker, state } = fakeWorker(() => undefined);
    const controller = new AbortController();
    const checking = verifyBundleInWorker(new Blob(['x']), { createWorker: () => worker, signal: controller.signal });
    controller.abort();
    await expect(checking).rejects.toBeInstanceOf(VerifyAbortedError);
    expect(state.terminated).toBe(1);
    await expect(verifyBundleInWorker(new Blob(['x']), { createWorker: () => worker, signal: controller.signal })).rejects.toBeInstanceOf(VerifyAbortedError);
  });

  it('rejects, and ends the worker, when it fails or cannot start', async () => {
    const failing = fakeWorker((_, fail) => fail('out of memory'));
    await expect(verifyBundleInWorker(new Blob(['x']), { createWorker: () => failing.worker })).rejects.toThrow('the verify worker failed: out of memory');
    expect(failing.state.terminated).toBe(1);
    const refusing = fakeWorker((post) => post({ ok: false, message: 'boom' }));
    await expect(verifyBundleInWorker(new Blob(['x']), { createWorker: () => refusing.worker })).rejects.toThrow('boom');
    await expect(verifyBundleInWorker(new Blob(['x']))).rejects.toThrow(/no verify worker/u);
  });
});

describe('the worker module', () => {
  it('answers a posted bundle with verifyBundleBlob\'s report', async () => {
    const scope = globalThis as unknown as { onmessage?: unknown; postMessage?: unknown };
    const answers: VerifyResponse[] = [];
    scope.postMessage = (message: VerifyResponse) => void answers.push(message);
    try {
      await import('./verify-bundle-worker.js');
      const onmessage = scope.onmessage as (event: { data: { file: Blob } }) => void;
      const file = new Blob([fs.readFileSync(good)]);
      onmessage({ data: { file } });
      await expect.poll(() => answers.length).toBe(1);
      expect(answers[0]).toEqual({ ok: true, report: await verifyBundleBlob(file) });
      expect(answers[0]?.ok && answers[0].report.ok).toBe(true);
    } finally {
      delete scope.onmessage;
      delete scope.postMessage;
    }
  });
});
