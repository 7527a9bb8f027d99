/**
 * Who made an event: the victim (on their device, in the locker), a counsellor of the centre (by
 * their staff id), or a platform (by the id of the API key it used). Every item event and every
 * takedown status event names one, so a record always shows who said what.
 */
import { DomainError } from '../errors/domain-error.js';

export type Actor =
  | { readonly kind: 'victim' }
  | { readonly kind: 'counsellor'; readonly staffId: string }
  | { readonly kind: 'platform'; readonly keyId: string };

export const VICTIM: Actor = Object.freeze({ kind: 'victim' });

export const counsellor = (staffId: string): Actor => ({ kind: 'counsellor', staffId });
export const platform = (keyId: string): Actor => ({ kind: 'platform', keyId });

/** An id as the bundle format keeps it (letters, digits, "_", "-", ".", ":"; at most 128). */
const ID = /^[A-Za-z0-9_.:-]{1,128}$/u;

/** The actor as events keep it (only its own fields), or `actor_invalid`. */
export function checkedActor(actor: Actor): Actor {
  switch (actor.kind) {
    case 'victim':
      return VICTIM;
    case 'counsellor':
      if (typeof actor.staffId === 'string' && ID.test(actor.staffId)) return counsellor(actor.staffId);
      break;
    case 'platform':
      if (typeof actor.keyId === 'string' && ID.test(actor.keyId)) return platform(actor.keyId);
      break;
  }
  throw new DomainError('actor_invalid', 'An event needs who made it: the victim, a counsellor (staff id) or a platform (key id)');
}
