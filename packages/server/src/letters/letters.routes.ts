import { errorResponseSchema, letterPreviewRequestSchema, letterPreviewResponseSchema } from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api/api-route.js';
import { previewLetter } from './letter-preview.js';

/** Letters made by the case domain on the server (the counsellor console will send them from here). */
export function registerLetterRoutes(app: FastifyInstance, now: () => Date): void {
  apiRoute(app, {
    method: 'POST',
    url: '/api/letters/preview',
    summary: 'A deletion-request letter made from the facts given, as the locker makes it; nothing is stored',
    tags: ['letters'],
    security: 'none',
    body: letterPreviewRequestSchema,
    responses: {
      200: { description: 'The letter’s subject and text', schema: letterPreviewResponseSchema },
      400: { description: 'The request is malformed (`validation`), or the letter’s rules refuse it (`domain`, with its `code`)', schema: errorResponseSchema },
    },
  }, async ({ body }) => previewLetter(body, now()));
}
