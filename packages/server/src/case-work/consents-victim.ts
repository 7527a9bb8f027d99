/**
 * The person gives or withdraws a consent themselves, in the locker with their code and PIN
 * (`how = locker`, no note). A case withdrawn meanwhile answers like a wrong code (401).
 */
import type { ConsentKind } from '@jikim/contracts';
import { caseRepository } from '../cases/case.repository.js';
import { HelpError, type HelpDeps } from '../help/help-deps.js';
import { afterWrite } from '../help/withdraw-case.js';
import { caseConsents } from './consents.js';

export async function recordVictimConsent(deps: HelpDeps, caseId: string, input: { readonly kind: ConsentKind; readonly granted: boolean }): Promise<void> {
  const found = await caseRepository(deps.db, deps.now).get(caseId);
  if (!found || found.withdrawnAt) throw new HelpError(401, 'Wrong code or PIN');
  await caseConsents(deps).record(caseId, { ...input, note: '', how: 'locker' }, { event: { kind: 'victim' }, audit: { kind: 'victim' } });
  // A withdrawal that raced this call has its key destroyed again over what was just sealed.
  await afterWrite(deps, caseId);
}
