/** How times and sizes are shown in the locker, in the person's language and their device's zone. */
import type { Locale } from '@jikim/guide';

const TAGS: Record<Locale, string> = { ko: 'ko-KR', en: 'en-GB' };

export function formatWhen(iso: string, locale: Locale): string {
  // A date without a time is what the person knew; show it as a date only.
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return new Date(`${iso}T00:00:00`).toLocaleDateString(TAGS[locale], { dateStyle: 'long' });
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

/** What a file is, in words a person uses instead of a media type: the card says "사진", not "image/jpeg". */
export type FileType = 'photo' | 'video' | 'recording' | 'pdf' | 'other';

export function fileTypeOf(mediaType: string): FileType {
  if (mediaType.startsWith('image/')) return 'photo';
  if (mediaType.startsWith('video/')) return 'video';
  if (mediaType.startsWith('audio/')) return 'recording';
  if (mediaType === 'application/pdf') return 'pdf';
  return 'other';
}

const DURATION_UNITS: Record<Locale, { h: string; min: string; s: string; underOne: string }> = {
  ko: { h: '시간', min: '분', s: '초', underOne: '1초 미만' },
  en: { h: ' h', min: ' min', s: ' s', underOne: 'under 1 s' },
};

/** A recording's length to the second: "1시간 2분 5초", "2 min 5 s", "0초"; under a second is said so. */
export function formatDuration(seconds: number, locale: Locale): string {
  const units = DURATION_UNITS[locale];
  const total = Math.round(seconds);
  if (total === 0 && seconds > 0) return units.underOne;
  const h = Math.floor(total / 3600);
  const min = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts = [h ? `${h}${units.h}` : '', h || min ? `${min}${units.min}` : '', `${s}${units.s}`];
  return parts.filter(Boolean).join(' ');
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
