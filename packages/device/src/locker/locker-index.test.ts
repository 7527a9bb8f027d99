import { describe, expect, it } from 'vitest';
import { compareIndex, indexOf, noFindings } from './locker-index.js';

const held = (items: [string, number][], takedowns: [string, number][] = [], unreadable: string[] = []) => ({
  items: items.map(([id, version]) => ({ id, version })), takedowns: takedowns.map(([id, version]) => ({ id, version })), unreadable: new Set(unreadable),
});

describe('the sealed index, checked at unlock', () => {
  const index = indexOf(7, held([['a', 2], ['b', 1]], [['t', 3]]));

  it('finds nothing when the database holds what the index says (or newer)', () => {
    expect(noFindings(compareIndex(index, held([['a', 2], ['b', 1]], [['t', 3]]), 7))).toBe(true);
    expect(noFindings(compareIndex(index, held([['a', 3], ['b', 1], ['c', 1]], [['t', 3]]), 7))).toBe(true);
  });

  it('reports a deleted record and one put back to an older copy', () => {
    expect(compareIndex(index, held([['a', 1]], [['t', 2]]), 7)).toEqual({ missing: 1, rolledBack: 2, indexRolledBack: false });
  });

  it('leaves records that could not be opened to the damaged count', () => {
    expect(compareIndex(index, held([['b', 1]], [['t', 3]], ['a']), 7)).toEqual({ missing: 0, rolledBack: 0, indexRolledBack: false });
  });

  it('reports the index itself put back, or deleted, against the counter this device remembers', () => {
    expect(compareIndex(index, held([['a', 2], ['b', 1]], [['t', 3]]), 9).indexRolledBack).toBe(true);
    expect(compareIndex(undefined, held([]), 9).indexRolledBack).toBe(true);
    expect(noFindings(compareIndex(undefined, held([]), 0))).toBe(true);
  });
});
