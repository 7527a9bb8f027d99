/**
 * One-time tickets for a download the console asked for with a reason (an original, a police
 * package): 256 random bits, valid 60 seconds, used once, and only by the console session that
 * asked for it. Kept in this process's memory: a
 * restart voids every ticket, which only means asking again. Only the ticket's SHA-256 is kept.
 */
import { createHash, randomBytes } from 'node:crypto';

export const TICKET_LIFETIME_MS = 60_000;
/** A burst of requests cannot grow the map without end: the oldest tickets give way. */
const MAX_TICKETS = 10_000;

/** What every ticket holds; each kind of download adds what it needs. */
export interface TicketBase {
  readonly caseId: string;
  readonly sessionId: string;
  /** The neutral download name (never the original file name). */
  readonly filename: string;
}

const digest = (ticket: string) => createHash('sha256').update(ticket).digest('base64url');

export function downloadTickets<T extends TicketBase>(now: () => Date) {
  const tickets = new Map<string, T & { readonly expiresAt: number }>();

  function sweep(at: number): void {
    for (const [key, ticket] of tickets) if (ticket.expiresAt <= at) tickets.delete(key);
    while (tickets.size >= MAX_TICKETS) {
      const oldest = tickets.keys().next();
      if (oldest.done) break;
      tickets.delete(oldest.value);
    }
  }

  return {
    issue(ticket: T): string {
      const at = now().getTime();
      sweep(at);
      const value = randomBytes(32).toString('base64url');
      tickets.set(digest(value), { ...ticket, expiresAt: at + TICKET_LIFETIME_MS });
      return value;
    },

    /** The ticket, once, for the session that asked for it; undefined if unknown, used, expired or another session's. */
    redeem(value: string, sessionId: string): T | undefined {
      const key = digest(value);
      const ticket = tickets.get(key);
      if (!ticket || ticket.sessionId !== sessionId) return undefined;
      tickets.delete(key);
      return ticket.expiresAt > now().getTime() ? ticket : undefined;
    },
  };
}
