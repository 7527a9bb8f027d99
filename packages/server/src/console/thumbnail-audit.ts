/**
 * How often looking at a case's thumbnails is audited: once per session and case every 10 minutes
 * ('case.thumbnails.view'), not once per image, so a case page with fifty thumbnails writes one row
 * and the log stays readable. Kept in memory; a restart only means one more row.
 */
export const THUMBNAIL_AUDIT_WINDOW_MS = 10 * 60_000;
const MAX_ENTRIES = 10_000;

export function thumbnailAudit(now: () => Date) {
  const last = new Map<string, number>();
  return {
    /** True when this session's view of this case's thumbnails should be audited now. */
    due(sessionId: string, caseId: string): boolean {
      const at = now().getTime();
      const key = `${sessionId}:${caseId}`;
      const seen = last.get(key);
      if (seen !== undefined && at - seen < THUMBNAIL_AUDIT_WINDOW_MS) return false;
      if (last.size >= MAX_ENTRIES) {
        for (const [k, t] of last) if (at - t >= THUMBNAIL_AUDIT_WINDOW_MS) last.delete(k);
        if (last.size >= MAX_ENTRIES) last.clear();
      }
      last.set(key, at);
      return true;
    },
  };
}
