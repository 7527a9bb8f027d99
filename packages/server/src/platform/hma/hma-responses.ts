/** Pieces every HMA route shares: its documented refusals, and the answer for what is not offered yet. */
import { hmaErrorSchema } from '@jikim/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendHma } from './hma-errors.js';

/** Where HMA's paths live (decision 0018): an HMA client changes its base URL to this. */
export const HMA = '/api/platform/hma';

const WHAT: Readonly<Record<number, string>> = {
  400: 'Invalid input (HMA’s message)',
  403: 'Not allowed (the key’s scope, or what HMA refuses)',
  404: 'No such bank or content (or not this platform’s)',
  422: 'The request does not fit the model',
  501: 'Not offered yet',
  503: 'The index is not loaded yet',
};

export function hmaErrors(...statuses: number[]): Record<number, { description: string; schema: typeof hmaErrorSchema }> {
  return Object.fromEntries(statuses.map((s) => [s, { description: WHAT[s] ?? 'Refused', schema: hmaErrorSchema }]));
}

/**
 * An `onRequest` hook after the key's check: 501 before the body is read (a multipart upload is
 * never parsed for a route that cannot use it yet).
 */
export function notOfferedYet(message: string) {
  return async function notYet(_request: FastifyRequest, reply: FastifyReply): Promise<void> {
    await sendHma(reply, 501, message);
  };
}

/** As `notOfferedYet`, for a multipart body only (a route that takes other bodies too). */
export function multipartNotOfferedYet(message: string) {
  return async function multipartNotYet(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (/^multipart\//i.test(request.headers['content-type'] ?? '')) await sendHma(reply, 501, message);
  };
}
