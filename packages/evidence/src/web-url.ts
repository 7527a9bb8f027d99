/**
 * What Jikim accepts as the address of a web page, in one place: an absolute http:// or https://
 * URL the WHATWG parser reads (the locker's records, the bundle's manifest, letters, complaints,
 * takedown requests all ask the same). As zod's URL check does, the value is trimmed and tabs and
 * line breaks inside it are dropped (the parser ignores them too); nothing else is rewritten,
 * because a differently written URL can be a different page.
 */
import * as z from 'zod';

const SCHEME = /^https?:\/\//iu;
const TAB_OR_NEWLINE = /[\t\n\r]/gu;

/** The URL as kept (trimmed, without tabs and line breaks), or null when it is not a web address. */
export function webUrl(value: string): string | null {
  const trimmed = value.trim();
  if (!SCHEME.test(trimmed)) return null;
  try {
    const { protocol } = new URL(trimmed);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
  } catch {
    return null;
  }
  return trimmed.replace(TAB_OR_NEWLINE, '');
}

export const isWebUrl = (value: string): boolean => webUrl(value) !== null;

/** A web address of at most `max` characters, given back as webUrl keeps it. */
export function webUrlSchema(max: number) {
  return z.string().max(max).transform((value, ctx) => {
    const url = webUrl(value);
    if (url === null) {
      ctx.addIssue({ code: 'custom', message: 'an http:// or https:// address' });
      return z.NEVER;
    }
    return url;
  });
}
