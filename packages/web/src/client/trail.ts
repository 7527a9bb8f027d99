/**
 * The Jikim pages opened in this tab, oldest first, the current page last: what the "previous page"
 * link offers now that Back leaves Jikim (one-entry.ts). Kept in this tab's sessionStorage only, so
 * quick exit and closing the tab clear it; never sent anywhere.
 */
export interface TrailStep {
  /** Path and query on our own origin, e.g. `/en/guide/threat`. */
  readonly path: string;
  /** The page's name as that page gave it, in its language. */
  readonly name: string;
  readonly lang: string;
}

const KEY = 'jikim:trail';
export const TRAIL_LENGTH = 20;

/** Only a path on this origin: never `//host`, a scheme, or a backslash a browser might read as `/`. */
const isOwnPath = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') && value.length < 400;

const isStep = (value: unknown): value is TrailStep => {
  if (typeof value !== 'object' || value === null) return false;
  const step = value as Record<string, unknown>;
  return isOwnPath(step.path) && typeof step.name === 'string' && step.name.length < 200 && typeof step.lang === 'string' && step.lang.length < 20;
};

export function readTrail(): TrailStep[] {
  try {
    const raw: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(raw) ? raw.filter(isStep).slice(-TRAIL_LENGTH) : [];
  } catch {
    return [];
  }
}

export function writeTrail(trail: readonly TrailStep[]): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(trail.slice(-TRAIL_LENGTH)));
  } catch {
    // Without storage the pages still work; the previous-page link just falls back to the start.
  }
}

/** The trail once `here` is open: unchanged on a reload, `here` added when it was reached from elsewhere. */
export function arrive(trail: readonly TrailStep[], here: TrailStep): TrailStep[] {
  const last = trail[trail.length - 1];
  if (last?.path === here.path) return [...trail.slice(0, -1), here];
  return [...trail, here].slice(-TRAIL_LENGTH);
}

/** The page before the current one, if this tab opened one. */
export const previousStep = (trail: readonly TrailStep[]): TrailStep | undefined => trail[trail.length - 2];

/** The trail after following the previous-page link: the current page is left behind. */
export const goBackOne = (trail: readonly TrailStep[]): TrailStep[] => trail.slice(0, -1);
