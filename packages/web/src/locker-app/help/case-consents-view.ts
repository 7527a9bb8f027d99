/**
 * The person's consents as they see them (issue 13): each kind, whether it is given now, and the one
 * thing its button does next (agree, or withdraw after a confirmation). The kinds are listed here, not
 * imported from the contracts' schemas, so the status page's bundle carries no zod (a test checks
 * they are the contract's).
 */
import type { ConsentKind, HelpStatus } from '@jikim/contracts';

export const CONSENT_ORDER = ['write_to_operators', 'police', 'kcsc', 'support_services', 'transfer', 'hash_protection', 'retention'] as const satisfies readonly ConsentKind[];

/** `agreed`: given now; `withdrawn`: given once, then withdrawn; `never`: never given. */
export type ConsentStanding = 'agreed' | 'withdrawn' | 'never';

export interface ConsentRowView {
  readonly kind: ConsentKind;
  readonly standing: ConsentStanding;
  /** When the agreement in force was given, when the server says so. */
  readonly since?: string;
  /** What the button sends: agreeing when not agreed, withdrawing (after a confirmation) when agreed. */
  readonly next: { readonly granted: boolean; readonly confirm: boolean };
}

export function consentRows(current: HelpStatus['consents'] | undefined, since: Partial<Record<ConsentKind, string>> = {}): ConsentRowView[] {
  return CONSENT_ORDER.map((kind) => {
    const value = current?.[kind];
    const standing: ConsentStanding = value === true ? 'agreed' : value === false ? 'withdrawn' : 'never';
    const at = standing === 'agreed' ? since[kind] : undefined;
    return { kind, standing, ...(at ? { since: at } : {}), next: { granted: standing !== 'agreed', confirm: standing === 'agreed' } };
  });
}
