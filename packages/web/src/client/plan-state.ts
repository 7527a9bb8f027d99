/** The question flow's state in this tab's sessionStorage, validated on the way back in. */
export interface PlanState {
  readonly what: readonly string[];
  readonly danger: string | null;
  readonly address: string | null;
  readonly ticks: readonly string[];
  readonly step: number | 'plan';
}

const KEY = 'jikim:what-happened';
const EMPTY: PlanState = { what: [], danger: null, address: null, ticks: [], step: 0 };

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');
const isNullableString = (value: unknown): value is string | null => value === null || typeof value === 'string';

export function loadState(): PlanState {
  try {
    const raw: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return EMPTY;
    const s = raw as Record<string, unknown>;
    const step = s.step === 'plan' || (typeof s.step === 'number' && Number.isInteger(s.step) && s.step >= 0) ? s.step : 0;
    if (!isStrings(s.what) || !isStrings(s.ticks) || !isNullableString(s.danger) || !isNullableString(s.address)) return EMPTY;
    return { what: s.what, ticks: s.ticks, danger: s.danger, address: s.address, step };
  } catch {
    return EMPTY;
  }
}

export function saveState(state: PlanState): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // Without storage the flow still works; it just is not kept across reloads.
  }
}
