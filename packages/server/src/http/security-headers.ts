/**
 * Headers on every response. Public pages load nothing from anywhere but our own origin, set no
 * cookies and are never cached; only content-hashed static assets may be cached.
 */
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

export function registerSecurityHeaders(app: FastifyInstance, csp: string): void {
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers({
      'content-security-policy': csp,
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
      'cache-control': NO_STORE,
    });
  });
}
