/**
 * Targets grouped for deletion letters: one group per operator, in the order the operators first
 * appear, each with the targets still to ask (never asked, or refused or reappeared, for a new
 * request) and the language to write in by default — a centre operator's own language; for a
 * shipped channel Korean when it takes Korean, else English; Korean for `other`.
 */
import { reportingChannels, type ReportingChannel } from '@jikim/guide';
import type { LetterLocale } from '../letters/letter-text.js';

export interface GroupableTarget {
  readonly id: string;
  readonly operator: string;
  readonly siteType: string;
  readonly status: string;
}

export interface LetterDirectoryInfo {
  /** The centre's operators (`centre:<id>`) and the language letters to each are written in. */
  readonly centreOperators: readonly { readonly key: string; readonly language: LetterLocale }[];
  /** The shipped directory; @jikim/guide's reportingChannels when absent. */
  readonly channels?: readonly Pick<ReportingChannel, 'id' | 'languages'>[];
}

export interface LetterGroup {
  readonly operator: string;
  readonly siteType: string;
  /** Targets to ask now. */
  readonly targetIds: readonly string[];
  /** Every target of this operator, asked or not. */
  readonly allTargetIds: readonly string[];
  readonly locale: LetterLocale;
}

/** Statuses a letter can be written for. */
export const ASKABLE_STATUSES: readonly string[] = ['found', 'refused', 'reappeared'];

export function letterLocaleFor(operator: string, directory: LetterDirectoryInfo): LetterLocale {
  const centre = directory.centreOperators.find((o) => o.key === operator);
  if (centre !== undefined) return centre.language;
  const channel = (directory.channels ?? reportingChannels).find((c) => c.id === operator);
  if (channel !== undefined) return channel.languages.includes('ko') ? 'ko' : 'en';
  return 'ko';
}

export function groupTargets(targets: readonly GroupableTarget[], directory: LetterDirectoryInfo): LetterGroup[] {
  const groups = new Map<string, { siteType: string; targetIds: string[]; allTargetIds: string[] }>();
  for (const target of targets) {
    let group = groups.get(target.operator);
    if (group === undefined) {
      group = { siteType: target.siteType, targetIds: [], allTargetIds: [] };
      groups.set(target.operator, group);
    }
    group.allTargetIds.push(target.id);
    if (ASKABLE_STATUSES.includes(target.status)) group.targetIds.push(target.id);
  }
  return [...groups].map(([operator, g]) => ({ operator, siteType: g.siteType, targetIds: g.targetIds, allTargetIds: g.allTargetIds, locale: letterLocaleFor(operator, directory) }));
}
