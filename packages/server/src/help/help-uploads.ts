/**
 * Files by tus at `/api/help/v1/uploads` (@tus/server over SealedTusStore). Every request carries
 * the case code and PIN; the upload names its item (`itemId` metadata, then the URL), which must
 * belong to that case and still be pending, with Upload-Length its recorded size. Uploaded bytes
 * count against the address's daily limit. tus runs on a web Request made from Fastify's, so the
 * answer goes out through Fastify with every security header.
 */
import { Readable } from 'node:stream';
import { HELP_LIMITS } from '@jikim/contracts';
import { Server } from '@tus/server';
import { ERRORS, type Upload } from '@tus/utils';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { caseItems } from '../cases/case-items.js';
import { authenticateCase } from './help-auth.js';
import { HelpError, UPLOAD_PATH, type HelpDeps } from './help-deps.js';
import { addressKey, intakeLimits } from './intake-limits.js';
import { SealedTusStore } from './sealed-tus-store.js';
import { completeUpload } from './upload-completion.js';

const ITEM_ID = /^[A-Za-z0-9_-]{22}$/;
const refuse = (status_code: number, body: string) => ({ status_code, body: `${body}\n` });

export function registerHelpUploads(app: FastifyInstance, deps: HelpDeps): void {
  /** The case each tus request authenticated as (tus hands our Request object to its hooks). */
  const caseOfRequest = new WeakMap<Request, string>();
  const caseOf = (req: Request) => {
    const caseId = caseOfRequest.get(req);
    if (!caseId) throw ERRORS.FILE_NOT_FOUND;
    return caseId;
  };

  const tus = new Server({
    path: UPLOAD_PATH,
    datastore: new SealedTusStore(deps),
    relativeLocation: true,
    maxSize: HELP_LIMITS.fileBytes,
    allowedOrigins: () => false,
    namingFunction: (_req, metadata) => {
      const itemId = metadata?.itemId;
      if (!itemId || !ITEM_ID.test(itemId)) throw refuse(400, 'itemId metadata required');
      return itemId;
    },
    onIncomingRequest: async (req, itemId) => {
      const row = await deps.db.selectFrom('case_items').select('upload')
        .where('id', '=', itemId).where('case_id', '=', caseOf(req)).executeTakeFirst();
      if (row?.upload !== 'pending') throw ERRORS.FILE_NOT_FOUND;
    },
    onUploadCreate: async (req, upload: Upload) => {
      const item = await caseItems(deps.db, deps.vault).get(caseOf(req), upload.id);
      if (upload.size === undefined || upload.size !== item?.item.file?.bytes) throw refuse(400, 'Upload-Length must be the file size');
      return {};
    },
    onUploadFinish: async (req, upload: Upload) => {
      if ((await completeUpload(deps, caseOf(req), upload.id)) === 'refused') throw refuse(460, 'The file does not match its SHA-256');
      return {};
    },
    onResponseError: (_req, error) => {
      if ('status_code' in error && typeof error.body === 'string') return { status_code: error.status_code, body: error.body };
      // Where it failed, never what it was about.
      app.log.error({ err: { type: (error as Error).name } }, 'upload failed');
      return refuse(500, 'Internal error');
    },
  });

  async function handle(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const caseId = await authenticateCase(deps, request);
    const hasBody = request.headers['content-type'] === 'application/offset+octet-stream';
    if (hasBody) {
      const length = Number(request.headers['content-length']);
      if (!Number.isSafeInteger(length) || length < 0) throw new HelpError(411, 'Content-Length required');
      await intakeLimits(deps).bytes(await addressKey(deps, request.ip), length);
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
    const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers };
    if (hasBody && request.method !== 'HEAD') {
      init.body = Readable.toWeb(request.raw) as ReadableStream<Uint8Array>;
      init.duplex = 'half';
    }
    const webRequest = new Request(new URL(request.url, 'http://upload.invalid'), init);
    caseOfRequest.set(webRequest, caseId);
    const response = await tus.handleWeb(webRequest);
    reply.code(response.status);
    response.headers.forEach((value, name) => {
      if (name !== 'content-length' && !name.startsWith('access-control-')) reply.header(name, value);
    });
    const text = await response.text();
    return text ? reply.type('text/plain; charset=utf-8').send(text) : reply.send();
  }

  void app.register(async (child) => {
    // tus reads the body itself, as it streams.
    child.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));
    child.route({ method: 'POST', url: UPLOAD_PATH, handler: handle });
    child.route({ method: ['HEAD', 'PATCH'], url: `${UPLOAD_PATH}/:id`, handler: handle });
  });
}
