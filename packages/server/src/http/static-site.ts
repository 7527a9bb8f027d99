/**
 * Serves the prerendered public site: every page and hashed asset named in the web build's
 * manifest, loaded and compressed once at start-up.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SITE_MANIFEST_FILE, siteManifestSchema, type SiteManifest } from '@jikim/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { compressFile, sendCompressed, type CompressedFile } from './compressed-file.js';
import { IMMUTABLE } from './security-headers.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export class SiteNotBuiltError extends Error {
  constructor(dir: string) {
    super(`The public site is not built (no ${SITE_MANIFEST_FILE} in ${dir}). Run: npm run build`);
    this.name = 'SiteNotBuiltError';
  }
}

export function readSiteManifest(dir: string): SiteManifest {
  const file = path.join(dir, SITE_MANIFEST_FILE);
  if (!fs.existsSync(file)) throw new SiteNotBuiltError(dir);
  return siteManifestSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface StaticSite {
  readonly manifest: SiteManifest;
  sendNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply;
}

export function registerStaticSite(
  app: FastifyInstance,
  dir: string,
  manifest: SiteManifest,
  quickExitUrl: string,
): StaticSite {
  const exitUrl = escapeAttribute(quickExitUrl);
  const load = (relative: string): CompressedFile => {
    const bytes = fs.readFileSync(path.join(dir, relative));
    const type = TYPES[path.extname(relative)] ?? 'application/octet-stream';
    if (!relative.endsWith('.html')) return compressFile(bytes, type);
    const html = bytes.toString('utf8').replaceAll(manifest.quickExitPlaceholder, exitUrl);
    return compressFile(Buffer.from(html, 'utf8'), type);
  };

  for (const page of manifest.pages) {
    const file = load(page.file);
    app.get(page.path, (request, reply) => sendCompressed(request, reply, file));
  }
  for (const asset of manifest.assets) {
    const file = load(asset);
    app.get(`/${asset}`, (request, reply) => {
      reply.header('cache-control', IMMUTABLE);
      return sendCompressed(request, reply, file);
    });
  }

  const notFound = { ko: load(manifest.notFound.ko), en: load(manifest.notFound.en) };
  return {
    manifest,
    sendNotFound: (request, reply) => {
      const english = request.url === '/en' || request.url.startsWith('/en/');
      return sendCompressed(request, reply, english ? notFound.en : notFound.ko, 404);
    },
  };
}
