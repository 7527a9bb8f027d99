/**
 * The media upload's size limit, on a small app of its own (the platform's limit is 200 MB; here
 * 4 KB): a larger file is refused with HMA's 413 `{message}` while it streams, a file within it is
 * worked on, and in both cases nothing is left in the temporary directory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerHmaErrors } from '../src/platform/hma/hma-errors.js';
import { withMediaUpload } from '../src/platform/media/media-upload.js';

const LIMIT = 4096;
const jpegLike = (bytes: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(bytes - 4, 7)]);

function body(bytes: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----jikimlimit';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`;
  return { payload: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('media upload limit', () => {
  let app: FastifyInstance;
  let tmp: string;
  let previous: string | undefined;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-upload-test-'));
    previous = process.env['TMPDIR'];
    process.env['TMPDIR'] = tmp;
    app = Fastify();
    await app.register(multipart, { throwFileSizeLimit: false });
    registerHmaErrors(app);
    app.post('/upload', async (request) => withMediaUpload(request, { maxBytes: LIMIT }, async (upload) => ({ kind: upload.kind, bytes: fs.statSync(upload.path).size })));
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('works on a file within the limit and refuses a larger one with 413, leaving nothing behind', async () => {
    const within = await app.inject({ method: 'POST', url: '/upload', ...body(jpegLike(LIMIT)) });
    expect(within.statusCode, within.body).toBe(200);
    expect(within.json()).toEqual({ kind: 'photo', bytes: LIMIT });
    const over = await app.inject({ method: 'POST', url: '/upload', ...body(jpegLike(LIMIT + 1)) });
    expect(over.statusCode).toBe(413);
    expect(Object.keys(over.json() as object)).toEqual(['message']);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });
});
