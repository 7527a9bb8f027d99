/** The replies a counsellor can record on a target, as the takedown rules of @jikim/case allow them. */
import { NEXT_STATUSES } from '@jikim/case';
import type { TargetStatus } from '@jikim/contracts';

const REPLIES = ['acknowledged', 'removed', 'refused', 'reappeared'] as const;
export type Reply = (typeof REPLIES)[number];

/** The replies that can follow the target's status (a target not asked yet takes any reply). */
export const replyChoices = (status: TargetStatus): Reply[] =>
  REPLIES.filter((s) => status === 'found' || NEXT_STATUSES[status].includes(s));
