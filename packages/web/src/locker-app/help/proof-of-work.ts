/**
 * The self-hosted proof of work (altcha, decision 0016): the challenge comes from our server and is
 * solved here, in Web Workers from our own origin, so the page (and its quick exit) stays responsive.
 * Without a worker it is solved on the page, one awaited hash at a time, which still yields.
 */
import type { PowChallenge } from '@jikim/contracts';
import { solveChallenge, solveChallengeWorkers } from 'altcha-lib/v1';

declare const __JIKIM_POW_WORKER_URL__: string | undefined;
const WORKER_URL: string | undefined = typeof __JIKIM_POW_WORKER_URL__ === 'string' ? __JIKIM_POW_WORKER_URL__ : undefined;

interface Solution {
  readonly number: number;
  readonly took: number;
}

async function solve(challenge: PowChallenge): Promise<Solution | null> {
  if (WORKER_URL && typeof Worker === 'function') {
    try {
      const workers = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
      return await solveChallengeWorkers(() => new Worker(WORKER_URL), workers, challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber);
    } catch {
      // A worker that cannot start (an old browser, a blocked script): solve on the page instead.
    }
  }
  return solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
}

/** altcha's payload: base64 of the solution's JSON, as the request's `pow`. */
export function powPayload(challenge: PowChallenge, solution: Solution): string {
  const { algorithm, salt, signature } = challenge;
  return btoa(JSON.stringify({ algorithm, challenge: challenge.challenge, number: solution.number, salt, signature, took: solution.took }));
}

export async function solveProofOfWork(challenge: PowChallenge): Promise<string> {
  const solution = await solve(challenge);
  if (!solution) throw new Error('proof of work: no solution');
  return powPayload(challenge, solution);
}
