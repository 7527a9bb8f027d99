/**
 * Locks the locker after a chosen idle time, when the page is hidden into the back/forward cache,
 * and at once on quick exit (quick-exit.ts announces it before leaving). A minute before an idle
 * lock (half the time, for the one-minute setting) the person is warned and can keep working.
 */
import { useEffect, useRef } from 'react';
import { QUICK_EXIT_EVENT } from '../client/quick-exit-event.js';

export const IDLE_CHOICES = [1, 5, 15, 30] as const;
const IDLE_KEY = 'jikim-locker-idle-minutes';
const DEFAULT_IDLE = 5;
const WARN_MS = 60_000;

export function readIdleMinutes(): number {
  let stored = Number.NaN;
  try {
    stored = Number(localStorage.getItem(IDLE_KEY));
  } catch {
    // No storage: the page's prerender (Node), or storage the browser refuses; the default holds.
  }
  return (IDLE_CHOICES as readonly number[]).includes(stored) ? stored : DEFAULT_IDLE;
}

export function writeIdleMinutes(minutes: number): void {
  localStorage.setItem(IDLE_KEY, String(minutes));
}

export function forgetIdleMinutes(): void {
  localStorage.removeItem(IDLE_KEY);
}

/** How long before an idle lock the warning shows. */
export const warningMs = (minutes: number) => Math.min(WARN_MS, (minutes * 60_000) / 2);

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'scroll', 'touchstart'] as const;

interface AutoLock {
  readonly active: boolean;
  readonly minutes: number;
  readonly busy: () => boolean;
  readonly lock: (reason: 'idle' | 'exit') => void;
  /** Seconds left when the warning shows; null when it is withdrawn by activity or the lock. */
  readonly warn: (secondsLeft: number | null) => void;
}

export function useAutoLock({ active, minutes, busy, lock, warn }: AutoLock): void {
  const lockRef = useRef(lock);
  lockRef.current = lock;
  const warnRef = useRef(warn);
  warnRef.current = warn;
  useEffect(() => {
    if (!active) return undefined;
    let warnTimer = 0;
    let lockTimer = 0;
    const total = minutes * 60_000;
    const before = warningMs(minutes);
    let lastActive = Date.now();
    const arm = () => {
      lastActive = Date.now();
      window.clearTimeout(warnTimer);
      window.clearTimeout(lockTimer);
      warnRef.current(null);
      warnTimer = window.setTimeout(() => {
        if (!busy()) warnRef.current(Math.round(before / 1000));
      }, total - before);
      lockTimer = window.setTimeout(() => {
        if (busy()) arm();
        else {
          warnRef.current(null);
          lockRef.current('idle');
        }
      }, total);
    };
    const exit = () => lockRef.current('exit');
    // Switching apps: the content goes from the screen at once, so the app switcher's picture shows
    // nothing; coming back, the locker locks if it sat unused for the idle time meanwhile.
    const root = document.getElementById('locker-root');
    const visibility = () => {
      if (document.visibilityState === 'hidden') {
        root?.classList.add('veiled');
        return;
      }
      if (Date.now() - lastActive >= total && !busy()) lockRef.current('idle');
      root?.classList.remove('veiled');
    };
    arm();
    document.addEventListener('visibilitychange', visibility);
    for (const type of ACTIVITY) document.addEventListener(type, arm, { passive: true, capture: true });
    window.addEventListener(QUICK_EXIT_EVENT, exit);
    window.addEventListener('pagehide', exit);
    return () => {
      window.clearTimeout(warnTimer);
      window.clearTimeout(lockTimer);
      for (const type of ACTIVITY) document.removeEventListener(type, arm, { capture: true });
      window.removeEventListener(QUICK_EXIT_EVENT, exit);
      window.removeEventListener('pagehide', exit);
      document.removeEventListener('visibilitychange', visibility);
      root?.classList.remove('veiled');
    };
  }, [active, minutes, busy]);
}
