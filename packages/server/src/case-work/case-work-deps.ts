/**
 * What the case-work routes share: the console's case helpers, the targets, the centre's operators
 * and the deployment's mail (null when SMTP is not configured).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ConsoleCases } from '../console/case-deps.js';
import type { KeyedHash } from '../vault/keyed-hash.js';
import type { Mailer } from './mailer.js';
import { centreOperators } from './operators.js';
import { caseTargets } from './targets.repository.js';

export function caseWork(c: ConsoleCases, hashes: KeyedHash, mailer: Mailer | null) {
  const { db, vault, now } = c.deps;
  return { c, db: db as Kysely<Database>, vault, now, targets: caseTargets({ db, vault, hashes, now }), operators: centreOperators(db, now), mailer };
}

export type CaseWork = ReturnType<typeof caseWork>;
