import { describe, expect, it } from 'vitest';
import { numberByKind } from './status-labels.js';

describe('the items of a submission', () => {
  it('are numbered per kind, in the order sent', () => {
    const items = [{ kind: 'image' as const }, { kind: 'video' as const }, { kind: 'image' as const }];
    expect(numberByKind(items).map((i) => `${i.kind} ${i.n}`)).toEqual(['image 1', 'video 1', 'image 2']);
  });
});
