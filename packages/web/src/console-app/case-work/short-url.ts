/** An address shortened for a list row: host and the start of the path, never more than `max` characters. */
export function shortUrl(url: string, max = 60): string {
  const bare = url.replace(/^https?:\/\//iu, '');
  if (bare.length <= max) return bare;
  return `${bare.slice(0, max - 1)}…`;
}
