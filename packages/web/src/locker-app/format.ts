/** How times and sizes are shown in the locker, in the person's language and their device's zone. */
import { isDateOnly } from '@jikim/case';
import type { Locale } from '@jikim/guide';

const TAGS: Record<Locale, string> = { ko: 'ko-KR', en: 'en-GB' };

export function formatWhen(iso: string, locale: Locale): string {
  // A date without a time is what the person knew; show it as a date only.
  if (isDateOnly(iso)) return new Date(`${iso}T00:00:00`).toLocaleDateString(TAGS[locale], { dateStyle: 'long' });
  return new Date(iso).toLocaleString(TAGS[locale], { dateStyle: 'long', timeStyle: 'short' });
}

export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${units[unit] ?? 'B'}`;
}

/** `<input type="datetime-local">` gives local wall time with no zone: make it an instant, or null when empty. */
export function instantFromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The other way, to pre-fill a correction form. */
export function localInputFromInstant(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
