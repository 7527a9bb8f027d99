/**
 * The case's targets as the takedown panel shows them: one group per operator (@jikim/case
 * `groupTargets`: which targets a new letter asks about, its default language) with how to reach the
 * operator, in a stable order (most addresses first, then by name; operators not listed last). Every
 * target is in exactly one group, in the order it was entered.
 */
import { groupTargets } from '@jikim/case';
import type { OperatorDirectory, Target } from '@jikim/contracts';
import { operatorChannel, type LetterLanguage, type OperatorChannel } from './operator-channel.js';

export interface TargetGroup {
  readonly key: string;
  readonly channel: OperatorChannel;
  readonly targets: readonly Target[];
  /** The targets a new letter asks about (never asked, refused, or back again). */
  readonly askable: readonly Target[];
}

export function targetGroups(targets: readonly Target[], directory: OperatorDirectory | undefined, locale: LetterLanguage): TargetGroup[] {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const pick = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const groups = groupTargets(targets, { centreOperators: directory?.centre ?? [] }).map((g): TargetGroup => {
    const all = pick(g.allTargetIds);
    const first = all[0];
    const channel = operatorChannel(directory, g.operator, locale)
      ?? { key: g.operator, name: first?.operatorName ?? g.operator, siteType: first?.siteType ?? 'other', language: g.locale, from: 'other' as const };
    return { key: g.operator, channel: { ...channel, language: g.locale }, targets: all, askable: pick(g.targetIds) };
  });
  return groups.sort((a, b) => rank(a) - rank(b) || b.targets.length - a.targets.length || a.channel.name.localeCompare(b.channel.name));
}

const rank = (group: TargetGroup) => (group.channel.from === 'other' ? 1 : 0);
