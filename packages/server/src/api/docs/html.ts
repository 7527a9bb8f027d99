/** Escaping for the docs page: every piece of text from the OpenAPI document passes through here. */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/gu, (c) => ENTITIES[c] ?? c);
}

/** Text with `code` spans (as the summaries and descriptions write them) made into <code>. */
export function prose(value: unknown): string {
  return esc(value).replace(/`([^`]+)`/gu, '<code>$1</code>');
}

/** A stable anchor for an operation, e.g. `post-api-platform-hma-m-lookup`. */
export function anchor(method: string, path: string): string {
  return `${method}-${path}`.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
}
