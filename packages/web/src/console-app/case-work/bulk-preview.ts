/**
 * What a paste of addresses will do, before anything is sent: every line is either accepted (grouped
 * by the operator its host belongs to) or shown with why not (duplicate of line N, not a web
 * address, too long). Nothing is dropped without being listed.
 */
import type { BulkLine } from '@jikim/case';
import type { OperatorDirectory } from '@jikim/contracts';
import { operatorChannel, type LetterLanguage, type OperatorChannel } from './operator-channel.js';

export interface PreviewGroup {
  readonly key: string;
  readonly channel: OperatorChannel | undefined;
  readonly lines: readonly (BulkLine & { readonly url: string })[];
}

export interface BulkPreview {
  readonly groups: readonly PreviewGroup[];
  readonly problems: readonly BulkLine[];
  readonly counts: { readonly accepted: number; readonly duplicates: number; readonly notWeb: number; readonly tooLong: number };
  /** What to post: each accepted address with the operator it was grouped under. */
  readonly targets: readonly { readonly url: string; readonly operator: string }[];
}

export function bulkPreview(
  lines: readonly BulkLine[],
  operatorOf: (url: string) => string,
  directory: OperatorDirectory | undefined,
  locale: LetterLanguage,
): BulkPreview {
  const byKey = new Map<string, (BulkLine & { url: string })[]>();
  const problems: BulkLine[] = [];
  const targets: { url: string; operator: string }[] = [];
  for (const line of lines) {
    if (line.problem || line.url === undefined) {
      problems.push(line);
      continue;
    }
    const key = operatorOf(line.url);
    const list = byKey.get(key) ?? [];
    list.push({ ...line, url: line.url });
    byKey.set(key, list);
    targets.push({ url: line.url, operator: key });
  }
  const groups = [...byKey].map(([key, list]) => ({ key, channel: operatorChannel(directory, key, locale), lines: list }))
    .sort((a, b) => Number(a.channel === undefined) - Number(b.channel === undefined) || b.lines.length - a.lines.length);
  const count = (problem: BulkLine['problem']) => problems.filter((p) => p.problem === problem).length;
  return { groups, problems, targets, counts: { accepted: targets.length, duplicates: count('duplicate'), notWeb: count('not_web'), tooLong: count('too_long') } };
}
