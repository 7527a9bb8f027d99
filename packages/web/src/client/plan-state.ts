/** The question flow's state in this tab's sessionStorage, validated on the way back in. */
export interface PlanState {
  readonly what: readonly string[];
  readonly danger: string | null;
  readonly address: string | null;
  readonly ticks: readonly string[];
  readonly step: number | 'plan';
  /** The day the plan was made (YYYY-MM-DD on the device's clock), printed with it. */
  readonly madeOn: string | null;
}

const KEY = 'jikim:what-happened';
export const EMPTY_PLAN: PlanState = { what: [], danger: null, address: null, ticks: [], step: 0, madeOn: null };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');
const isNullableString = (value: unknown): value is string | null => value === null || typeof value === 'string';

export function loadState(): PlanState {
  try {
    const raw: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return EMPTY_PLAN;
    const s = raw as Record<string, unknown>;
    const step = s.step === 'plan' || (typeof s.step === 'number' && Number.isInteger(s.step) && s.step >= 0) ? s.step : 0;
    if (!isStrings(s.what) || !isStrings(s.ticks) || !isNullableString(s.danger) || !isNullableString(s.address)) return EMPTY_PLAN;
    const madeOn = typeof s.madeOn === 'string' && DAY.test(s.madeOn) ? s.madeOn : null;
    return { what: s.what, ticks: s.ticks, danger: s.danger, address: s.address, step, madeOn };
  } catch {
    return EMPTY_PLAN;
  }
}

/** Today on the device's clock, as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A YYYY-MM-DD day in words, in the page's language: "2026년 3월 5일", "5 March 2026". */
export function formatDay(day: string, lang: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { year: 'numeric', month: 'long', day: 'numeric' })
    .format(new Date(year, month - 1, date));
}

export function saveState(state: PlanState): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // Without storage the flow still works; it just is not kept across reloads.
  }
}
