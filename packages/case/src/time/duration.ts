/** A recording's length in words, as the locker card and the report both say it. */
type Locale = 'ko' | 'en';

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
