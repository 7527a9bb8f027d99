/** The auditor page's filters as the API's query, and times shown in Korea time. */
import { seoulDayStart } from '@jikim/case';
import { AUDIT_API, type AuditFilter } from '@jikim/contracts';

export interface AuditFilterForm {
  /** Seoul days, YYYY-MM-DD, both included; '' for none. */
  readonly fromDay: string;
  readonly toDay: string;
  readonly actorKind: '' | NonNullable<AuditFilter['actorKind']>;
  readonly actor: string;
  readonly action: string;
  readonly caseId: string;
}

export const EMPTY_FILTER: AuditFilterForm = { fromDay: '', toDay: '', actorKind: '', actor: '', action: '', caseId: '' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant the Seoul day after `day` starts (the end of a range that includes `day`). */
export function seoulDayEnd(day: string): string {
  return new Date(Date.parse(seoulDayStart(day)) + DAY_MS).toISOString();
}

export function filterQuery(form: AuditFilterForm): URLSearchParams {
  const query = new URLSearchParams();
  if (DAY.test(form.fromDay)) query.set('from', seoulDayStart(form.fromDay));
  if (DAY.test(form.toDay)) query.set('to', seoulDayEnd(form.toDay));
  if (form.actorKind) query.set('actorKind', form.actorKind);
  for (const key of ['actor', 'action', 'caseId'] as const) {
    const value = form[key].trim();
    if (value) query.set(key, key === 'action' ? value.toLowerCase() : value);
  }
  return query;
}

export function entriesUrl(form: AuditFilterForm, before?: number): string {
  const query = filterQuery(form);
  if (before !== undefined) query.set('before', String(before));
  query.set('limit', '50');
  return `${AUDIT_API}/entries?${query.toString()}`;
}

export function csvUrl(form: AuditFilterForm): string {
  const query = filterQuery(form).toString();
  return `${AUDIT_API}/entries.csv${query ? `?${query}` : ''}`;
}

export function detailText(detail: Readonly<Record<string, string | number | boolean | null>>): string {
  return Object.entries(detail).map(([key, value]) => `${key}=${String(value)}`).join(', ');
}
