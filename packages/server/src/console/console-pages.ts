/**
 * Serves the console's two pages (`/console`, `/en/console`), built by the web build beside the
 * public site but not listed among its public pages. Their scripts and stylesheet are ordinary
 * hashed assets. The pages read no cookie: the app asks `/api/console/v1/session`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { compressFile, sendCompressed } from '../http/compressed-file.js';

export const CONSOLE_PAGES = { ko: '/console', en: '/en/console' } as const;

export function registerConsolePages(app: FastifyInstance, siteDir: string): void {
  for (const [locale, url] of Object.entries(CONSOLE_PAGES)) {
    const file = path.join(siteDir, 'console', `${locale}.html`);
    if (!fs.existsSync(file)) continue;
    const page = compressFile(fs.readFileSync(file), 'text/html; charset=utf-8');
    app.get(url, (request, reply) => {
      // Search engines are kept out even if the page's meta tag is never read.
      reply.header('x-robots-tag', 'noindex, nofollow');
      return sendCompressed(request, reply, page);
    });
  }
}
