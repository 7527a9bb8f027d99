import { LOCKER_DB } from '@jikim/device';
import { describe, expect, it } from 'vitest';
import { LOCKER_DB_NAME } from './locker-first-paint.js';

describe('the locker’s first paint', () => {
  it('asks the database the locker keeps (named apart, so every page’s first script stays small)', () => {
    expect(LOCKER_DB_NAME).toBe(LOCKER_DB);
  });
});
