/**
 * The one place where errors become HTTP responses. Clients get a stable code and a request id;
 * nobody gets a stack or the text of an unexpected error.
 */
import { DomainError } from '@jikim/case';
import { ERROR_CODES, type ErrorCode, type ErrorResponse, type FieldError } from '@jikim/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';

const MESSAGES: Record<ErrorCode, string> = {
  validation: 'The request is not valid.',
  bad_request: 'The request could not be understood.',
  not_found: 'Not found.',
  method_not_allowed: 'This method is not allowed here.',
  payload_too_large: 'The request body is too large.',
  unsupported_media_type: 'This content type is not supported.',
  unavailable: 'The service is temporarily unavailable.',
  internal: 'Something went wrong on our side.',
  unauthorized: 'Please log in.',
  forbidden: 'You may not do this.',
  conflict: 'This conflicts with what is already stored.',
  gone: 'This is no longer available.',
  too_many_requests: 'Too many attempts. Please wait and try again.',
  domain: 'The request breaks a rule of the case.',
  consent_missing: 'The person has not given the consent this needs.',
  too_many_targets: 'A case can hold at most 2,000 addresses to take down.',
  low_quality: 'A hash is of too low a quality to protect anything (below 50).',
  stale: 'resync: fetch again without a cursor',
  not_hashable: 'This item cannot be protected: it is not a photo or a video, or its picture has too little detail.',
};

const BY_STATUS: Readonly<Record<number, ErrorCode>> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  410: 'gone',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
  503: 'unavailable',
};

export function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: ErrorCode,
  fields?: FieldError[],
): FastifyReply {
  const body: ErrorResponse = { error: code, message: MESSAGES[code], requestId: request.id };
  if (fields) body.fields = fields;
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/**
 * A rule of the case domain refused the input: 400 with its stable code. The domain's message says
 * what is wrong and never what was given (DomainError's contract), so it is shown as it is.
 */
function sendDomainError(reply: FastifyReply, request: FastifyRequest, error: DomainError): FastifyReply {
  const body: ErrorResponse = { error: 'domain', message: error.message || MESSAGES.domain, requestId: request.id, code: error.code };
  return reply.code(400).type('application/json; charset=utf-8').send(body);
}

function zodFields(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ZodError | DomainError, request, reply) => {
    if (error instanceof ZodError) return sendError(reply, request, 400, 'validation', zodFields(error));
    if (error instanceof DomainError) return sendDomainError(reply, request, error);
    if (error.validation) {
      const fields = error.validation.map((v) => ({ path: v.instancePath, message: v.message ?? '' }));
      return sendError(reply, request, 400, 'validation', fields);
    }
    const status = error.statusCode ?? 500;
    // A refusal that says when to come back (an intake limit, a locked address): Retry-After.
    const retryAfter = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
    if (status === 429 && typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
    if (status >= 400 && status < 500) {
      // A refusal may name its own stable code (409 `consent_missing`); else the status's.
      const own = (error as { errorCode?: unknown }).errorCode;
      const code = (ERROR_CODES as readonly unknown[]).includes(own) ? own as ErrorCode : BY_STATUS[status] ?? 'bad_request';
      return sendError(reply, request, status, code);
    }
    // Log where it failed, never what it was about: messages may carry user input.
    request.log.error(
      { err: { type: error.name, code: error.code, stack: error.stack?.split('\n').slice(1).join('\n') } },
      'unhandled error',
    );
    return sendError(reply, request, status === 503 ? 503 : 500, status === 503 ? 'unavailable' : 'internal');
  });
}
