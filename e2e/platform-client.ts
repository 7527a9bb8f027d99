/**
 * A partner platform as the e2e journeys play it: a key made with the real CLI on a server's data
 * directory, the victims' unreviewed bank put on the feed, and the platform API called with Node's
 * `fetch` and `Authorization: Bearer KEY` (HMA's lookups, the native batch lookup, a media upload,
 * the delta feed).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const CLI = path.resolve(import.meta.dirname, '../packages/cli/bin/jikim.js');

export const UNREVIEWED = 'JIKIM_UNREVIEWED';

/** HMA's lookup answer: bank → matches, the distance as a string ({} for none). */
export type HmaMatches = Record<string, { bank_content_id: number; distance: string }[]>;
export interface NativeMatch { bank: string; bank_content_id: number; distance: number; review_before_action: boolean }
export interface FeedUpdate { key: string; bank: string; signal_type: 'pdq' | 'md5' | 'vpdq' | null; signal: string | null }

function jikim(dataDir: string, args: readonly string[]): string {
  return execFileSync('node', [CLI, ...args], { env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' } }).toString();
}

/** `jikim platform key create` on the server's data directory; answers the key, which it prints once. */
export function createPlatformKey(dataDir: string, name: string, scopes: readonly string[]): string {
  const out = jikim(dataDir, ['platform', 'key', 'create', '--name', name, '--scopes', scopes.join(',')]);
  const keys = out.match(/^jk_[A-Za-z0-9_-]{43}$/gm) ?? [];
  if (keys.length !== 1 || keys[0] === undefined) throw new Error(`expected one key in the CLI's output, found ${String(keys.length)}`);
  return keys[0];
}

/** `jikim platform feed enable BANK`, then `feed list`: answers the listing's line for the bank (FEED KIND OWNER BANK). */
export function enableFeed(dataDir: string, bank: string): string[] {
  jikim(dataDir, ['platform', 'feed', 'enable', bank]);
  const line = jikim(dataDir, ['platform', 'feed', 'list']).split('\n').find((l) => l.trim().endsWith(` ${bank}`));
  return line?.trim().split(/\s+/) ?? [];
}

export function platformClient(origin: string, key: string) {
  const auth = { authorization: `Bearer ${key}` };

  async function json<T>(response: Response, what: string): Promise<T> {
    if (!response.ok) throw new Error(`${what}: ${String(response.status)} ${await response.text()}`);
    return await response.json() as T;
  }

  return {
    /** `GET /api/platform/hma/m/lookup?signal_type=…&signal=…` (HMA). */
    lookup: async (signalType: 'pdq' | 'video_md5', signal: string): Promise<HmaMatches> => {
      const query = new URLSearchParams({ signal_type: signalType, signal });
      return json(await fetch(`${origin}/api/platform/hma/m/lookup?${query.toString()}`, { headers: auth }), 'HMA lookup');
    },

    /** `POST /api/platform/hma/m/lookup` with the file itself (multipart, field `field`): answers per signal type, bank → matches. */
    lookupMedia: async (field: 'photo' | 'video', file: string, type: string): Promise<Record<string, HmaMatches>> => {
      const form = new FormData();
      form.append(field, new Blob([fs.readFileSync(file)], { type }), path.basename(file));
      return json(await fetch(`${origin}/api/platform/hma/m/lookup`, { method: 'POST', headers: auth, body: form }), 'HMA media lookup');
    },

    /** `POST /api/platform/v1/lookup` (native): one list of matches per signal, in order. */
    lookupNative: async (signals: readonly { signal_type: 'pdq' | 'md5'; signal: string }[]): Promise<NativeMatch[][]> => {
      const response = await fetch(`${origin}/api/platform/v1/lookup`, {
        method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ signals }),
      });
      const body = await json<{ results: { matches: NativeMatch[] }[] }>(response, 'native lookup');
      return body.results.map((r) => r.matches);
    },

    /** `GET /api/platform/v1/feed` from `cursor` (none: a full sync), page after page until nothing more: the updates and the checkpoint. */
    feed: async (cursor?: string): Promise<{ updates: FeedUpdate[]; checkpoint: string }> => {
      const updates: FeedUpdate[] = [];
      let at = cursor;
      for (let pages = 0; pages < 100; pages++) {
        const query = at === undefined ? '' : `?${new URLSearchParams({ cursor: at }).toString()}`;
        const page = await json<{ updates: FeedUpdate[]; checkpoint: string; has_more: boolean }>(
          await fetch(`${origin}/api/platform/v1/feed${query}`, { headers: auth }), 'feed');
        updates.push(...page.updates);
        at = page.checkpoint;
        if (!page.has_more) return { updates, checkpoint: at };
      }
      throw new Error('the feed had more than 100 pages');
    },
  };
}

export type PlatformClient = ReturnType<typeof platformClient>;

/** Asks again (every 250 ms, at most 10 s: the matchers follow the change log every second) until `done`; answers the last answer. */
export async function pollUntil<T>(ask: () => Promise<T>, done: (answer: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const answer = await ask();
    if (done(answer) || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
