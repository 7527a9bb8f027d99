/** Announced on window just before quick exit leaves, so open work (the locker) can lock first. */
export const QUICK_EXIT_EVENT = 'jikim:quick-exit';
