/**
 * A counsellor attaches what the person gave by other means: first the item as the console's
 * browser wrote it (evidence-bundle shape, the file's SHA-256 and size, an optional thumbnail),
 * then the file's bytes as a raw body. The bytes are sealed as they stream; unless their SHA-256
 * and size equal the item's, the blob is removed and the answer is a 400 `hash_mismatch` (the item
 * stays pending, so the right file can still be sent).
 */
import { DomainError } from '@jikim/case';
import { attachItemRequestSchema, attachItemResponseSchema, caseIdParamsSchema, caseItemParamsSchema, HELP_LIMITS } from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { apiRoute } from '../api/api-route.js';
import { sendError } from '../http/error-handler.js';
import { requireStaff } from '../staff/require-staff.js';
import { fieldError, StaffError } from '../staff/staff-deps.js';
import { CASE_TAGS, counsellorActor, V1, type ConsoleCases } from './case-deps.js';

class TooLarge extends Error {
  readonly statusCode = 413;
}

/** The body as it arrives, refused as soon as it is longer than the item said. */
async function* atMost(source: AsyncIterable<Uint8Array>, max: number): AsyncGenerator<Uint8Array> {
  let bytes = 0;
  for await (const chunk of source) {
    bytes += chunk.length;
    if (bytes > max) throw new TooLarge('Longer than the item says');
    yield chunk;
  }
}

export function registerCaseItemRoutes(app: FastifyInstance, c: ConsoleCases): void {
  const counsellor = requireStaff('counsellor');

  apiRoute(app, {
    method: 'POST', url: `${V1}/cases/:id/items`, tags: CASE_TAGS, security: 'staff-session', preHandler: counsellor,
    summary: 'Attach an item (evidence-bundle shape, with an optional thumbnail); a file’s bytes follow at uploadPath',
    params: caseIdParamsSchema,
    body: attachItemRequestSchema,
    responses: { 201: { description: 'Attached', schema: attachItemResponseSchema } },
  }, async ({ params, body }, request, reply) => {
    const found = await c.live(params.id);
    const file = body.item.file;
    if (file && file.bytes > HELP_LIMITS.fileBytes) throw fieldError('item.file.bytes', `at most ${HELP_LIMITS.fileBytes} bytes`);
    const added = await c.items.add(found.id, { item: body.item, addedBy: 'counsellor', upload: file ? 'pending' : 'none' });
    if (body.thumbnail) {
      const thumbnail = await c.blobs.store(found.id, [Buffer.from(body.thumbnail.base64, 'base64')]);
      await c.items.setThumbnail(found.id, added.id, thumbnail.id);
    }
    await c.events.append(found.id, { type: 'item_added', actor: counsellorActor(request), body: { itemId: added.id } });
    await c.audit(request, { action: 'case.item.add', caseId: found.id, detail: { kind: added.kind, file: Boolean(file) } });
    const uploadPath = file ? `${V1}/cases/${found.id}/items/${added.id}/file` : '';
    return reply.code(201).send({ itemId: added.id, uploadPath });
  });

  // The raw body reaches the handler as a stream: only in this plugin, only for this one route.
  void app.register(async (raw) => {
    raw.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));
    apiRoute(raw, {
      method: 'PUT', url: `${V1}/cases/:id/items/:itemId/file`, tags: CASE_TAGS, security: 'staff-session', preHandler: counsellor,
      summary: 'The attached file’s bytes (application/octet-stream, up to 2 GiB); kept only if SHA-256 and size match the item',
      params: caseItemParamsSchema,
      responses: { 204: { description: 'Stored' }, 400: { description: '`hash_mismatch`: the bytes were removed' } },
    }, async ({ params }, request, reply) => {
      const found = await c.live(params.id);
      const item = await c.item(found.id, params.itemId);
      if (!(request.body instanceof Readable)) return sendError(reply, request, 415, 'unsupported_media_type');
      const expected = item.item.file;
      // A victim's file comes by tus with their code and PIN, never through this route.
      if (!expected || item.addedBy !== 'counsellor' || item.upload !== 'pending') throw new StaffError(409, 'The item takes no file here now');
      const blob = await c.blobs.store(found.id, atMost(request.body, expected.bytes));
      if (blob.sha256 !== expected.sha256.toLowerCase() || blob.size !== expected.bytes) {
        await c.blobs.remove(found.id, blob.id);
        await c.audit(request, { action: 'case.item.upload', caseId: found.id, detail: { outcome: 'hash_mismatch' } });
        throw new DomainError('hash_mismatch', 'The file does not match the SHA-256 and size the item recorded.');
      }
      if (!(await c.items.completeUpload(found.id, item.id, blob.id))) {
        await c.blobs.remove(found.id, blob.id);
        throw new StaffError(409, 'Another upload completed first');
      }
      await c.audit(request, { action: 'case.item.upload', caseId: found.id, detail: { outcome: 'complete', bytes: blob.size } });
      return reply.code(204).send();
    });
  });
}
