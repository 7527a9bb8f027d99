/**
 * HMA's contract fixtures (test/fixtures/hma, README there): loading them, resolving their
 * placeholders, and comparing an answer with what HMA returns (or, where Jikim differs on purpose,
 * with the fixture's `jikim` answer).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { HmaRequest } from './platform-app.js';

export const FIXTURE_DIR = path.join(import.meta.dirname, 'fixtures', 'hma');

export type GivenStep =
  | { readonly bank: string; readonly enabled_ratio?: number }
  | { readonly content: string; readonly bank: string; readonly signals: Readonly<Record<string, string>>; readonly note?: string };

export interface HmaAnswer {
  readonly status: number;
  readonly body?: unknown;
  readonly text?: string;
}

export interface HmaFixture {
  readonly case: string;
  readonly hma_source: string;
  readonly given?: readonly GivenStep[];
  readonly request: HmaRequest;
  readonly response: HmaAnswer;
  /** Paths (`a.b[0].c`, `*` for any one key) compared by type only. */
  readonly by_type?: readonly string[];
  readonly jikim?: HmaAnswer & { readonly why: string; readonly body_by_type?: boolean };
}

export function loadFixtures(): { name: string; fixture: HmaFixture }[] {
  return fs.readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.json')).sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), fixture: JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, f), 'utf8')) as HmaFixture }));
}

/**
 * `{{content:A}}` → the id content A was given; `{{unix:+N}}` → the app's clock plus N seconds.
 * A placeholder that is a whole JSON string becomes a number; inside a longer string, its digits.
 */
export function resolvePlaceholders<T>(value: T, ids: ReadonlyMap<string, number>, nowSeconds: number): T {
  const one = (token: string): number => {
    const content = /^content:(\w+)$/.exec(token);
    if (content) {
      const id = ids.get(content[1] ?? '');
      if (id === undefined) throw new Error(`fixture names content ${token} it did not give`);
      return id;
    }
    const unix = /^unix:\+(\d+)$/.exec(token);
    if (unix) return nowSeconds + Number(unix[1]);
    throw new Error(`unknown placeholder {{${token}}}`);
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const whole = /^\{\{([^}]+)\}\}$/.exec(v);
      if (whole) return one(whole[1] ?? '');
      return v.replace(/\{\{([^}]+)\}\}/g, (_m, token: string) => String(one(token)));
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function patternOf(glob: string): RegExp {
  const escaped = glob.replace(/[.[\]]/g, (c) => `\\${c}`).replace(/\*/g, '[^.[\\]]+');
  return new RegExp(`^${escaped}$`);
}

/**
 * Differences between an expected and an actual JSON value: the same keys everywhere, arrays of the
 * same length, the same values, except under `byType` (or everywhere with `allByType`), where only
 * the type must agree. An empty list means they agree.
 */
export function differences(expected: unknown, actual: unknown, byType: readonly string[] = [], allByType = false): string[] {
  const patterns = byType.map(patternOf);
  const out: string[] = [];
  const walk = (e: unknown, a: unknown, at: string): void => {
    if (kind(e) !== kind(a)) {
      out.push(`${at || '(root)'}: expected ${kind(e)}, got ${kind(a)}`);
      return;
    }
    if (Array.isArray(e) && Array.isArray(a)) {
      if (e.length !== a.length) out.push(`${at || '(root)'}: expected ${e.length} items, got ${a.length}`);
      else e.forEach((x, i) => walk(x, a[i], `${at}[${i}]`));
      return;
    }
    if (e && typeof e === 'object') {
      const ek = Object.keys(e).sort();
      const ak = Object.keys(a as object).sort();
      if (ek.join() !== ak.join()) out.push(`${at || '(root)'}: expected keys ${ek.join(',')}, got ${ak.join(',')}`);
      for (const k of ek) if (k in (a as object)) walk((e as Record<string, unknown>)[k], (a as Record<string, unknown>)[k], at ? `${at}.${k}` : k);
      return;
    }
    if (allByType || patterns.some((p) => p.test(at))) return;
    if (e !== a) out.push(`${at || '(root)'}: expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}`);
  };
  walk(expected, actual, '');
  return out;
}
