/** Announced on window just before quick exit leaves, so open work (the locker) can lock first. */
export const QUICK_EXIT_EVENT = 'jikim:quick-exit';

/** The channel every Jikim tab on the device listens on: quick exit in one tab makes every tab leave. */
export const JIKIM_CHANNEL = 'jikim';
