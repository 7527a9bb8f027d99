import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { checkedActor, type Actor } from './actor.js';

describe('an actor', () => {
  it('keeps only its own fields', () => {
    expect(checkedActor({ kind: 'victim', staffId: 'x' } as unknown as Actor)).toEqual({ kind: 'victim' });
    expect(checkedActor({ kind: 'platform', keyId: 'k1', staffId: 's' } as unknown as Actor)).toEqual({ kind: 'platform', keyId: 'k1' });
  });

  it.each([
    ['a counsellor without an id', { kind: 'counsellor', staffId: '' }],
    ['a platform key id with spaces', { kind: 'platform', keyId: 'a key' }],
    ['an unknown kind', { kind: 'police' }],
  ])('refuses %s with actor_invalid', (_what, actor) => {
    expect(() => checkedActor(actor as Actor)).toThrow(DomainError);
    expect(() => checkedActor(actor as Actor)).toThrow(expect.objectContaining({ code: 'actor_invalid' }));
  });
});
