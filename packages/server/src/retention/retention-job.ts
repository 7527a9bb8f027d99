/**
 * The retention job: every closed case whose closure is older than RETENTION_DAYS is destroyed
 * (key, blobs, rows) with an audit row each (docs/retention.md). One run is one call; the
 * schedulers beside this file decide when.
 */
import type { CaseDestructionDeps } from './case-destruction.js';
import { destroyCase } from './case-destruction.js';
import { caseRepository } from '../cases/case.repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 100;

export interface RetentionRun {
  readonly cutoff: string;
  readonly destroyed: readonly string[];
  /** Cases that could not be destroyed this time (tried again next run). */
  readonly failed: readonly string[];
}

export interface RetentionDeps extends CaseDestructionDeps {
  readonly retentionDays: number;
  readonly now: () => Date;
  /** Told about failures by case id only (never content). */
  readonly onError?: (caseId: string, error: unknown) => void;
}

export async function runRetention(deps: RetentionDeps): Promise<RetentionRun> {
  const cutoff = new Date(deps.now().getTime() - deps.retentionDays * DAY_MS);
  const cases = caseRepository(deps.db);
  const destroyed: string[] = [];
  const failed = new Set<string>();
  for (;;) {
    const due = (await cases.listClosedBefore(cutoff, BATCH + failed.size)).filter((c) => !failed.has(c.id));
    if (due.length === 0) break;
    for (const expired of due) {
      try {
        const done = await destroyCase(deps, expired.id, { kind: 'system' }, { reason: 'retention', retentionDays: deps.retentionDays });
        if (done) destroyed.push(expired.id);
      } catch (error) {
        failed.add(expired.id);
        deps.onError?.(expired.id, error);
      }
    }
  }
  return { cutoff: cutoff.toISOString(), destroyed, failed: [...failed] };
}
