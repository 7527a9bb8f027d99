/**
 * Headers on every response. Public pages load nothing from anywhere but our own origin, set no
 * cookies and are never cached; only content-hashed static assets may be cached.
 *
 * Every response means every one: those our routes send, the 404/405 answers, errors Fastify raises
 * before routing (`frameworkErrors`), the 503 Fastify writes itself while shutting down, and the
 * 400/408/431 written straight to the socket when Node's HTTP parser gives up (`clientErrorHandler`).
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { Socket } from 'node:net';
import type { ErrorResponse } from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';

export function contentSecurityPolicy(styleHashes: readonly string[]): string {
  const styles = ["'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' ');
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets our own WebAssembly (streaming SHA-256 in the locker) compile; it
    // does not allow eval() or new Function() of JavaScript.
    "script-src 'self' 'wasm-unsafe-eval'",
    `style-src ${styles}`,
    // blob: only for what the locker makes on the device (previews, a saved file): no network.
    "img-src 'self' blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const NO_STORE = 'no-store';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export type SecurityHeaders = Readonly<Record<string, string>>;

export function securityHeaders(csp: string): SecurityHeaders {
  return {
    'content-security-policy': csp,
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'cache-control': NO_STORE,
  };
}

export function registerSecurityHeaders(app: FastifyInstance, headers: SecurityHeaders): void {
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(headers);
  });
  // The same headers on the raw response before Fastify sees the request, so that what Fastify
  // writes without running hooks (its 503 while closing) carries them too; a route's own value
  // (an asset's cache-control) still wins, as writeHead's headers take precedence.
  app.server.prependListener('request', (_request: http.IncomingMessage, response: http.ServerResponse) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  });
}

const CLIENT_ERRORS: Readonly<Record<string, readonly [number, ErrorResponse['error'], string]>> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'bad_request', 'The request took too long to arrive.'],
  HPE_HEADER_OVERFLOW: [431, 'bad_request', 'The request headers are too large.'],
};

/**
 * What a client gets when Node's HTTP parser rejects its bytes or its request timed out: Fastify's
 * default answer, in our error shape and with the security headers, and the connection closed.
 */
export function clientErrorHandler(headers: SecurityHeaders) {
  return (error: NodeJS.ErrnoException, socket: Socket): void => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const [status, code, message] = CLIENT_ERRORS[error.code ?? ''] ??
      [400, 'bad_request', 'The request could not be understood.'];
    const body: ErrorResponse = { error: code, message, requestId: randomUUID() };
    const json = JSON.stringify(body);
    const lines = [
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ''}`,
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
      'content-type: application/json; charset=utf-8',
      `content-length: ${Buffer.byteLength(json)}`,
      'connection: close',
    ];
    if (socket.writable) socket.write(`${lines.join('\r\n')}\r\n\r\n${json}`);
    socket.destroy();
  };
}
