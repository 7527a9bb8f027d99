/**
 * When two addresses are the same web page: the WHATWG URL parser's scheme and host (lower case,
 * international names as punycode, the default port dropped), then the path and query exactly as
 * given, without the fragment (the part after `#` never reaches the server). The path is not
 * percent-decoded or otherwise tidied: a different path can be a different page.
 */

/** Longest address kept (the contracts' CASE_WORK_LIMITS.urlChars is this number). */
export const TAKEDOWN_URL_MAX_CHARS = 8_192;

/** The key two addresses of one page share, or null when it is not an http(s) address. */
export function webPageKey(url: string): string | null {
  const given = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(given);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  // What follows the authority, as given: scheme, slashes and authority (userinfo, host, port) are cut.
  const authority = /^[a-z][a-z0-9+.-]*:[\\/]*[^\\/?#]*/i.exec(given);
  const rest = authority === null ? '' : given.slice(authority[0].length);
  const withoutFragment = rest.split('#', 1)[0] ?? '';
  const pathAndQuery = withoutFragment === '' || withoutFragment.startsWith('?') ? `/${withoutFragment}` : withoutFragment;
  return `${parsed.protocol}//${parsed.host}${pathAndQuery}`;
}

/** Whether both are http(s) addresses of the same page (see webPageKey). */
export function sameWebPage(a: string, b: string): boolean {
  const key = webPageKey(a);
  return key !== null && key === webPageKey(b);
}
