/** Sizes in the report: the exact byte count, and a rounded figure in the units file managers show; file types and durations in words. */
import { fileTypeOf, type FileType } from '../evidence/file-type.js';
import { formatDuration } from '../time/duration.js';
import type { ReportText } from './report-text.js';

const grouped = new Intl.NumberFormat('en-US');
const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

function readableSize(bytes: number): string {
  let value = bytes;
  for (const unit of UNITS) {
    value /= 1024;
    if (value < 1024 || unit === 'TB') return `${value.toFixed(value < 10 ? 1 : 0)} ${unit}`;
  }
  return '';
}

/** `1,234,567바이트 (1.2 MB)` / `1,234,567 bytes (1.2 MB)`; no rounded figure under 1 KB. */
export function formatBytes(bytes: number, t: ReportText): string {
  return t.bytes(grouped.format(bytes), bytes < 1024 ? '' : readableSize(bytes));
}

/** A total size alone, e.g. for the cover: `1.2 MB`, or `512 B`. */
export function formatTotalSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : readableSize(bytes);
}

/** The media type in words, then exactly: "사진 (image/jpeg)". The words are the locker card's. */
export const fileTypeWords = (words: Readonly<Record<FileType, string>>) => (mediaType: string): string =>
  `${words[fileTypeOf(mediaType)]} (${mediaType})`;

/** A recording's length as the locker card shows it: "1분 5초", "1 min 5 s". */
export const durationIn = (locale: 'ko' | 'en') => (seconds: number): string => formatDuration(seconds, locale);
