/**
 * Which of the locker tracker's records can be shared with the centre, and the request that shares
 * them (victimTakedownsRequestSchema): the record as kept, its events without the actor (the server
 * records them as the person's). A record the contract's limits refuse is shown, not sent.
 */
import { currentStatus, type TakedownRequest, type TakedownStatus } from '@jikim/case';
import { CASE_WORK_LIMITS } from '@jikim/contracts';
import type * as z from 'zod';
import type { victimTakedownsRequestSchema } from '@jikim/contracts';

export type VictimTakedownsRequest = z.input<typeof victimTakedownsRequestSchema>;

/** The contract's bounds (case-work.ts victimTakedownsRequestSchema). */
export const SHARE_LIMITS = { records: 500, events: 200, channelChars: 200, idChars: 128, textChars: 10_000 } as const;

export interface ShareableRecord {
  readonly request: TakedownRequest;
  readonly status: TakedownStatus;
  readonly shareable: boolean;
  /** The case already lists this exact address (sharing again replaces the centre's copy). */
  readonly alreadyListed: boolean;
}

function withinLimits(r: TakedownRequest): boolean {
  if (r.id.length === 0 || r.id.length > SHARE_LIMITS.idChars) return false;
  if (r.url.length > CASE_WORK_LIMITS.urlChars || r.channel.length > SHARE_LIMITS.channelChars) return false;
  if (r.events.length === 0 || r.events.length > SHARE_LIMITS.events) return false;
  return r.events.every((e) => (e.reference?.length ?? 0) <= SHARE_LIMITS.textChars && (e.response?.length ?? 0) <= SHARE_LIMITS.textChars);
}

/** The tracker's records in the order they were reported, each with whether it can go. */
export function shareableRecords(requests: readonly TakedownRequest[], caseUrls: readonly string[]): ShareableRecord[] {
  const listed = new Set(caseUrls);
  return [...requests]
    .sort((a, b) => Date.parse(a.reportedAt) - Date.parse(b.reportedAt) || a.id.localeCompare(b.id))
    .map((request) => {
      const shareable = withinLimits(request);
      return { request, status: shareable ? currentStatus(request) : (request.events.at(-1)?.status ?? 'requested'), shareable, alreadyListed: listed.has(request.url) };
    });
}

/** The request body for the chosen records, in the order chosen ids appear among the records. */
export function shareRequest(records: readonly ShareableRecord[], chosen: readonly string[]): VictimTakedownsRequest {
  const picked = records.filter((r) => r.shareable && chosen.includes(r.request.id)).slice(0, SHARE_LIMITS.records);
  return {
    takedowns: picked.map(({ request: r }) => ({
      id: r.id,
      url: r.url,
      channel: r.channel,
      reportedAt: r.reportedAt,
      method: r.method,
      events: r.events.map((e) => ({ at: e.at, status: e.status, ...(e.reference ? { reference: e.reference } : {}), ...(e.response ? { response: e.response } : {}) })),
    })),
  };
}
