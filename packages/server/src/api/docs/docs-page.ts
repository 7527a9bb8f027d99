/**
 * `GET /api/docs`: the page for platform engineers. A hand-written guide, then a reference made
 * from `/api/openapi.json` itself (every operation under /api/platform/), so it cannot drift from
 * the routes. Server-rendered HTML with one inline stylesheet (allowed by its hash in the CSP), no
 * script and nothing from another origin. In English, with a summary in Korean first.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { contentSecurityPolicy } from '../../http/security-headers.js';
import { anchor, esc } from './html.js';
import { GUIDE_HTML, GUIDE_SECTIONS } from './guide-html.js';
import { operationsUnder, referenceHtml, type OpenApiDoc } from './reference-html.js';

export const API_DOCS_PATH = '/api/docs';
export const DOCUMENTED_PREFIX = '/api/platform/';

const STYLE = `
:root{color-scheme:light;--ink:#1a1a1a;--muted:#4a4a4a;--line:#d0d0d0;--link:#0b4f9c;--soft:#f3f5f8}
*{box-sizing:border-box}
body{margin:0;font:1rem/1.55 system-ui,-apple-system,"Segoe UI","Apple SD Gothic Neo","Noto Sans KR",sans-serif;color:var(--ink);background:#fff}
main,header,nav{max-width:60rem;margin:0 auto;padding:0 1rem}
a{color:var(--link)}a:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
h1{font-size:1.75rem;line-height:1.25;margin:1.5rem 0 .5rem}h2{font-size:1.4rem;margin:2.5rem 0 .75rem;border-bottom:2px solid var(--line)}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem;overflow-wrap:anywhere}h4{font-size:1rem;margin:1rem 0 .25rem}
code{font:.92em/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
pre{background:var(--soft);border:1px solid var(--line);padding:.75rem;overflow-x:auto;white-space:pre}pre code{overflow-wrap:normal}
table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:600}th,td{border:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
.toc,.links{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.25rem .75rem}
.toc a,.links a{display:inline-flex;align-items:center;min-height:44px;padding:0 .25rem}
.toc{flex-direction:column}.toc a{overflow-wrap:anywhere}
.op{border-top:1px solid var(--line);margin-top:1.5rem}
.method{display:inline-block;font:600 .85rem/1 ui-monospace,Menlo,Consolas,monospace;background:#e6edf7;color:#0d2f5c;padding:.3rem .45rem;border-radius:4px;margin-right:.35rem}
.req{color:#8a1c1c;font-size:.85rem}.opt,.where,.limits{color:var(--muted);font-size:.9rem}.type{font-style:italic}
ul.schema{margin:.25rem 0;padding-left:1.25rem;border-left:2px solid var(--line)}.schema-root{margin:.25rem 0 .5rem}
.field{font-weight:600}.auth,.media{color:var(--muted)}
`;
const STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;
/** The site's own policy, with this page's stylesheet allowed by its hash. */
export const API_DOCS_CSP = contentSecurityPolicy([STYLE_HASH]);

export function apiDocsHtml(doc: OpenApiDoc): string {
  const listed = operationsUnder(doc, DOCUMENTED_PREFIX);
  const tags = [...new Set(listed.map((l) => l.op.tags?.[0] ?? 'Other'))];
  const nav = [...GUIDE_SECTIONS.map(([id, title]) => `<li><a href="#${id}">${esc(title)}</a></li>`), ...tags.map((t) => `<li><a href="#${anchor('tag', t)}">Reference: ${esc(t)}</a></li>`)];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Jikim platform API · 지킴 플랫폼 API</title><meta name="referrer" content="no-referrer"><style>${STYLE}</style></head>
<body><header><h1>Jikim platform API <span lang="ko">· 지킴 플랫폼 API</span></h1>
<p>For platform engineers: match uploads against the hashes of images people asked to protect, keep banks of your own, follow a feed, and report back. The reference below is made from this server’s OpenAPI 3.1 document, so it matches what the server does.</p>
<ul class="links"><li><a href="/api/openapi.json">The OpenAPI document (JSON)</a></li></ul></header>
<nav aria-label="Contents"><ul class="links">${nav.join('')}</ul></nav>
<main>${GUIDE_HTML}
${referenceHtml(listed)}</main></body></html>`;
}

/** Registers the page; `document` gives the OpenAPI document (built once, when first asked). */
export function registerApiDocsRoute(app: FastifyInstance, document: () => OpenApiDoc): void {
  let cached: string | undefined;
  app.get(API_DOCS_PATH, async (_request, reply) => {
    cached ??= apiDocsHtml(document());
    return reply.header('content-security-policy', API_DOCS_CSP).type('text/html; charset=utf-8').send(cached);
  });
  // The site's English pages live under /en/…; this page is in English already.
  app.get(`${API_DOCS_PATH}/en`, async (_request, reply) => reply.redirect(API_DOCS_PATH, 308));
}
