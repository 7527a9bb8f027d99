/**
 * Locks the locker after a chosen idle time, when the page is hidden into the back/forward cache,
 * and at once on quick exit (quick-exit.ts announces it before leaving).
 */
import { useEffect, useRef } from 'react';
import { QUICK_EXIT_EVENT } from '../client/quick-exit-event.js';

export const IDLE_CHOICES = [1, 5, 15, 30] as const;
const IDLE_KEY = 'jikim-locker-idle-minutes';
const DEFAULT_IDLE = 5;

export function readIdleMinutes(): number {
  const stored = Number(localStorage.getItem(IDLE_KEY));
  return (IDLE_CHOICES as readonly number[]).includes(stored) ? stored : DEFAULT_IDLE;
}

export function writeIdleMinutes(minutes: number): void {
  localStorage.setItem(IDLE_KEY, String(minutes));
}

export function forgetIdleMinutes(): void {
  localStorage.removeItem(IDLE_KEY);
}

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'scroll', 'touchstart'] as const;

export function useAutoLock(active: boolean, minutes: number, busy: () => boolean, lock: (reason: 'idle' | 'exit') => void): void {
  const lockRef = useRef(lock);
  lockRef.current = lock;
  useEffect(() => {
    if (!active) return undefined;
    let timer = 0;
    const arm = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (busy()) arm();
        else lockRef.current('idle');
      }, minutes * 60_000);
    };
    const exit = () => lockRef.current('exit');
    arm();
    for (const type of ACTIVITY) document.addEventListener(type, arm, { passive: true, capture: true });
    window.addEventListener(QUICK_EXIT_EVENT, exit);
    window.addEventListener('pagehide', exit);
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY) document.removeEventListener(type, arm, { capture: true });
      window.removeEventListener(QUICK_EXIT_EVENT, exit);
      window.removeEventListener('pagehide', exit);
    };
  }, [active, minutes, busy]);
}
