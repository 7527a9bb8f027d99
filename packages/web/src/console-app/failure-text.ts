import type { ApiResult } from './console-api.js';
import type { ConsoleMessages } from './i18n/index.js';

type Failure = Extract<ApiResult<unknown>, { ok: false }>;

/** What a failed call says to the person: the same words for the same problem everywhere. */
export function failureText(t: ConsoleMessages, failure: Failure): string {
  if (failure.error === 'network') return t.errors.network;
  if (failure.status === 401) return t.errors.sessionEnded;
  if (failure.status === 403) return t.errors.forbidden;
  if (failure.status === 429) return t.errors.tooMany(Math.max(1, Math.ceil(failure.retryAfter / 60)));
  return t.errors.other(failure.requestId);
}

/** A field's error in words, from the server's `{ path, message }`. */
export function fieldText(t: ConsoleMessages, failure: Failure, field: string): string {
  const found = failure.fields.find((f) => f.path === field);
  return found ? (t.setup.fieldErrors[`${field}.${found.message}`] ?? t.errors.other(failure.requestId)) : '';
}
