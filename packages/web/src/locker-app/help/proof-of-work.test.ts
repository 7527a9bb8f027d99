import { createChallenge, verifySolution } from 'altcha-lib/v1';
import { describe, expect, it } from 'vitest';
import { solveProofOfWork } from './proof-of-work.js';

describe('the proof of work', () => {
  it('solves a challenge as altcha-lib checks it on the server', async () => {
    const challenge = await createChallenge({ hmacKey: 'test key', maxnumber: 2_000, number: 1_234 });
    const pow = await solveProofOfWork({ ...challenge, algorithm: 'SHA-256', maxnumber: challenge.maxnumber ?? 2_000 });
    expect(await verifySolution(pow, 'test key')).toBe(true);
  });
});
