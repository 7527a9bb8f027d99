/**
 * The reference half of the docs page, made from the OpenAPI document: a section per tag, and per
 * operation its method, path, summary, authentication, parameters, request body and responses.
 */
import { anchor, esc, prose } from './html.js';
import { schemaHtml, type JsonSchema } from './schema-html.js';

interface Media { readonly schema?: JsonSchema }
interface Parameter { readonly name: string; readonly in: string; readonly required?: boolean; readonly schema?: JsonSchema }
export interface Operation {
  readonly summary?: string;
  readonly tags?: readonly string[];
  readonly security?: readonly Readonly<Record<string, readonly string[]>>[];
  /** The scope a platform key must hold (`any`: any valid key), as `openapi.ts` writes it. */
  readonly 'x-jikim-scope'?: string;
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { readonly description?: string; readonly content?: Readonly<Record<string, Media>> };
  readonly responses?: Readonly<Record<string, { readonly description?: string; readonly content?: Readonly<Record<string, Media>> }>>;
}
export interface OpenApiDoc { readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>> }
export interface Listed { readonly method: string; readonly path: string; readonly op: Operation }

const AUTH: Readonly<Record<string, string>> = {
  'platform-key': '<code>Authorization: Bearer KEY</code> (a platform key)',
  'staff-session': 'a console session',
  'case-pin': 'a case code and PIN',
};

/** The operations whose path starts with `prefix`, in document order. */
export function operationsUnder(doc: OpenApiDoc, prefix: string): Listed[] {
  return Object.entries(doc.paths).filter(([path]) => path.startsWith(prefix))
    .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, op })));
}

/** Who may call; for a platform key, the scope its check asks (`x-jikim-scope`, from the route's check). */
function auth(op: Operation): string {
  const names = (op.security ?? []).flatMap((s) => Object.keys(s));
  if (names.length === 0) return 'none';
  const scope = names.includes('platform-key') ? op['x-jikim-scope'] : undefined;
  const needs = scope === 'any' ? ', any scope' : scope ? `, scope <code class="scope">${esc(scope)}</code>` : '';
  return names.map((n) => AUTH[n] ?? esc(n)).join(' or ') + needs;
}

function content(media: Readonly<Record<string, Media>> | undefined): string {
  return Object.entries(media ?? {}).map(([type, m]) =>
    `<p class="media"><code>${esc(type)}</code></p>${m.schema ? schemaHtml(m.schema) : ''}`).join('');
}

function parameters(list: readonly Parameter[]): string {
  if (list.length === 0) return '';
  const rows = list.map((p) => `<li><code class="field">${esc(p.name)}</code> <span class="where">in ${esc(p.in)}</span> ${p.required ? '<span class="req">required</span>' : '<span class="opt">optional</span>'}${p.schema ? schemaHtml(p.schema) : ''}</li>`);
  return `<h4>Parameters</h4><ul class="params">${rows.join('')}</ul>`;
}

function operationHtml({ method, path, op }: Listed): string {
  const body = op.requestBody ? `<h4>Request body</h4>${op.requestBody.description ? `<p>${prose(op.requestBody.description)}</p>` : ''}${content(op.requestBody.content)}` : '';
  const responses = Object.entries(op.responses ?? {}).map(([status, r]) =>
    `<li><strong class="status">${esc(status === 'default' ? 'Errors' : status)}</strong> ${prose(r.description ?? '')}${content(r.content)}</li>`).join('');
  return `<section class="op" id="${anchor(method, path)}" aria-labelledby="${anchor(method, path)}-h">
<h3 id="${anchor(method, path)}-h"><span class="method">${esc(method)}</span> <code class="path">${esc(path)}</code></h3>
<p>${prose(op.summary ?? '')}</p><p class="auth">Authentication: ${auth(op)}</p>
${parameters(op.parameters ?? [])}${body}<h4>Responses</h4><ul class="responses">${responses}</ul></section>`;
}

/** Operations grouped by their first tag, each group a section with its own contents list. */
export function referenceHtml(listed: readonly Listed[]): string {
  const byTag = new Map<string, Listed[]>();
  for (const item of listed) {
    const tag = item.op.tags?.[0] ?? 'Other';
    byTag.set(tag, [...(byTag.get(tag) ?? []), item]);
  }
  return [...byTag].map(([tag, items]) => `<section class="tag" aria-labelledby="${anchor('tag', tag)}">
<h2 id="${anchor('tag', tag)}">${esc(tag)}</h2>
<ul class="toc">${items.map((i) => `<li><a href="#${anchor(i.method, i.path)}"><span class="method">${esc(i.method)}</span> ${esc(i.path)}</a></li>`).join('')}</ul>
${items.map(operationHtml).join('\n')}</section>`).join('\n');
}
