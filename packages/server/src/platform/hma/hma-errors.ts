/**
 * The one error mapper of the HMA-compatible routes: every refusal is HMA's `{message}` with HMA's
 * status. A route throws `HmaError` with HMA's own words; the request models (zod here, pydantic in
 * HMA) answer 422 as flask-openapi3 does; anything unexpected is a generic 500, logged without the
 * message (it may carry input).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError, type core } from 'zod';
import { BankError } from '../platform-ports.js';

export class HmaError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'HmaError';
  }
}

export const bankNotFound = (name: string) => new HmaError(404, `bank '${name}' not found`);
export const contentNotFound = (id: string | number) => new HmaError(404, `content '${id}' not found`);

export function sendHma(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ message });
}

function issueText(issue: core.$ZodIssue): string {
  const where = issue.path.join('.') || 'body';
  const missing = issue.code === 'invalid_type' && issue.message.includes('received undefined');
  return `${where}: ${missing ? 'required' : issue.message}`;
}

const FRAMEWORK_MESSAGES: Readonly<Record<number, string>> = {
  400: 'The request could not be understood',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Request entity too large',
  415: 'Unsupported media type',
};

function mapError(error: unknown, request: FastifyRequest): { status: number; message: string } {
  if (error instanceof HmaError) return { status: error.status, message: error.message };
  if (error instanceof ZodError) return { status: 422, message: error.issues.map(issueText).join('; ') };
  // The store's refusals, where a route has not already said it in HMA's words.
  if (error instanceof BankError) {
    if (error.code === 'bank_exists') return { status: 403, message: 'Bank already exists' };
    if (error.code === 'invalid_signal') return { status: 400, message: 'invalid signal' };
    return { status: 404, message: error.code === 'content_not_found' ? 'content not found' : 'bank not found' };
  }
  const status = (error as FastifyError).statusCode ?? 500;
  if (status >= 400 && status < 500) return { status, message: FRAMEWORK_MESSAGES[status] ?? 'The request was refused' };
  const e = error as FastifyError;
  request.log.error({ err: { type: e.name, code: e.code, stack: e.stack?.split('\n').slice(1).join('\n') } }, 'unhandled error (hma)');
  return status === 503 ? { status, message: 'Service unavailable' } : { status: 500, message: 'Internal server error' };
}

/** On the HMA routes' own scope: every error they raise. */
export function registerHmaErrors(scope: FastifyInstance): void {
  scope.setErrorHandler((error, request, reply) => {
    const { status, message } = mapError(error, request);
    return sendHma(reply, status, message);
  });
}
