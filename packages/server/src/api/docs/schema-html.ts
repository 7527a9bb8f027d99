/**
 * JSON Schema (as `/api/openapi.json` carries it) → a nested HTML list a person can read: each
 * property with its type, whether it is required, its limits, description and examples.
 */
import { esc, prose } from './html.js';

export type JsonSchema = Readonly<Record<string, unknown>>;

const MAX_DEPTH = 8;
const LIMITS: readonly (readonly [string, string])[] = [
  ['minLength', 'at least {} characters'], ['maxLength', 'at most {} characters'],
  ['minimum', '≥ {}'], ['maximum', '≤ {}'], ['exclusiveMinimum', '> {}'], ['exclusiveMaximum', '< {}'],
  ['minItems', 'at least {} items'], ['maxItems', 'at most {} items'],
  ['minProperties', 'at least {} fields'], ['maxProperties', 'at most {} fields'],
  ['pattern', 'matches <code>{}</code>'], ['format', 'format {}'], ['contentMediaType', '{}'],
];

const isSchema = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);
const alternatives = (s: JsonSchema): JsonSchema[] => [s.anyOf, s.oneOf].flatMap((a) => (Array.isArray(a) ? a.filter(isSchema) : []));

function typeName(s: JsonSchema): string {
  if ('const' in s) return `exactly <code>${esc(JSON.stringify(s.const))}</code>`;
  if (Array.isArray(s.enum)) return `one of ${s.enum.map((v) => `<code>${esc(JSON.stringify(v))}</code>`).join(', ')}`;
  if (Array.isArray(s.type)) return s.type.map(esc).join(' or ');
  if (typeof s.type === 'string') {
    if (s.type === 'array' && isSchema(s.items) && !hasChildren(s.items)) return `array of ${typeName(s.items)}`;
    return esc(s.type);
  }
  const alts = alternatives(s);
  if (alts.length > 0 && alts.every((a) => !hasChildren(a))) return alts.map(typeName).join(' or ');
  if (Array.isArray(s.prefixItems)) return `a pair: ${s.prefixItems.filter(isSchema).map(typeName).join(', ')}`;
  return alts.length > 0 ? 'one of' : 'any value';
}

function hasChildren(s: JsonSchema): boolean {
  return isSchema(s.properties) || isSchema(s.additionalProperties) || (isSchema(s.items) && hasChildren(s.items)) || alternatives(s).some(hasChildren);
}

function details(s: JsonSchema): string {
  // zod's "safe integer" bounds say nothing a reader needs.
  const parts = LIMITS.filter(([key]) => key in s && Math.abs(Number(s[key])) !== Number.MAX_SAFE_INTEGER).map(([key, text]) => text.replace('{}', esc(s[key])).replace(/^(at (?:least|most) 1 \w+)s$/u, '$1'));
  if ('default' in s) parts.push(`default <code>${esc(JSON.stringify(s.default))}</code>`);
  const out = parts.length > 0 ? ` <span class="limits">(${parts.join('; ')})</span>` : '';
  const description = typeof s.description === 'string' ? ` — ${prose(s.description)}` : '';
  const examples = Array.isArray(s.examples) && s.examples.length > 0
    ? ` <span class="example">e.g. ${s.examples.map((e) => `<code>${esc(JSON.stringify(e))}</code>`).join(', ')}</span>` : '';
  return out + description + examples;
}

function children(s: JsonSchema, depth: number): string {
  if (depth >= MAX_DEPTH) return '';
  const items: string[] = [];
  if (isSchema(s.properties)) {
    const required = Array.isArray(s.required) ? s.required : [];
    for (const [name, property] of Object.entries(s.properties)) {
      if (!isSchema(property)) continue;
      const need = required.includes(name) ? '<span class="req">required</span>' : '<span class="opt">optional</span>';
      items.push(`<li><code class="field">${esc(name)}</code> <span class="type">${typeName(property)}</span> ${need}${details(property)}${children(property, depth + 1)}</li>`);
    }
  }
  if (isSchema(s.additionalProperties)) {
    const value = s.additionalProperties;
    items.push(`<li><em>any key</em> → <span class="type">${typeName(value)}</span>${details(value)}${children(value, depth + 1)}</li>`);
  }
  if (isSchema(s.items) && hasChildren(s.items)) items.push(`<li><em>each item</em>: <span class="type">${typeName(s.items)}</span>${details(s.items)}${children(s.items, depth + 1)}</li>`);
  const alts = alternatives(s);
  if (alts.some(hasChildren)) for (const alt of alts) items.push(`<li><em>or</em> <span class="type">${typeName(alt)}</span>${details(alt)}${children(alt, depth + 1)}</li>`);
  return items.length > 0 ? `<ul class="schema">${items.join('')}</ul>` : '';
}

/** The whole schema: its own type line, then its fields. */
export function schemaHtml(schema: JsonSchema): string {
  return `<div class="schema-root"><span class="type">${typeName(schema)}</span>${details(schema)}${children(schema, 0)}</div>`;
}
