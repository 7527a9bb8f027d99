/**
 * TOTP (RFC 6238: SHA-1, 6 digits, 30 s) with otplib. A code is accepted one step early or late
 * (clock drift), and never twice: the caller stores the accepted time step and passes it back as
 * `after`, and a code of that step or any earlier one is refused.
 */
import { generateSecret, generateURI, verify } from 'otplib';

export const TOTP_PERIOD_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function totpUri(secret: string, issuer: string, label: string): string {
  return generateURI({ issuer, label, secret });
}

/** The accepted time step, or undefined when the code is wrong, stale or already used. */
export async function checkTotp(secret: string, code: string, now: Date, after: number | null): Promise<number | undefined> {
  if (!/^\d{6}$/.test(code)) return undefined;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOTP_PERIOD_SECONDS,
    ...(after === null ? {} : { afterTimeStep: after }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : undefined;
}
