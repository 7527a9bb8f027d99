/**
 * Quick exit, on every page: the button, or Shift pressed three times, clears what this tab keeps
 * and replaces the page and its history entry with a neutral site. The same script keeps Jikim to
 * that one history entry (one-entry.ts), so nothing of Jikim is left behind Back, and, being the
 * first script every page loads, shows the locker page's form (locker-first-paint.ts) and measures the
 * bar's height for the layout (exit-bar-height.ts).
 */
import { followExitBarHeight } from './exit-bar-height.js';
import { showLockerForm } from './locker-first-paint.js';
import { keepOneHistoryEntry } from './one-entry.js';
import { JIKIM_CHANNEL, QUICK_EXIT_EVENT } from './quick-exit-event.js';

const SHIFT_PRESSES = 3;
const WITHIN_MS = 1500;

const others = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(JIKIM_CHANNEL);

/** Leaves; unless the exit came from another tab, tells every other Jikim tab to leave too. */
function exitNow(url: string, announce = true): void {
  try {
    if (announce) others?.postMessage({ type: 'exit' });
  } catch {
    // Leaving comes first.
  }
  try {
    window.dispatchEvent(new Event(QUICK_EXIT_EVENT));
  } catch {
    // Whatever a listener does, leaving comes first.
  }
  try {
    sessionStorage.clear();
  } catch {
    // Storage can be unavailable (private mode, disabled); leaving matters more.
  }
  document.body.hidden = true;
  document.title = '';
  window.location.replace(url);
}

const button = document.getElementById('quick-exit');
if (button instanceof HTMLAnchorElement) {
  const url = button.href;
  if (others) {
    others.onmessage = (event: MessageEvent<{ type?: unknown }>) => {
      if (event.data.type === 'exit') exitNow(url, false);
    };
  }
  button.addEventListener('click', (event) => {
    event.preventDefault();
    exitNow(url);
  });

  let presses: number[] = [];
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift') {
      presses = [];
      return;
    }
    if (event.repeat) return;
    const now = event.timeStamp;
    presses = [...presses.filter((t) => now - t < WITHIN_MS), now];
    if (presses.length >= SHIFT_PRESSES) exitNow(url);
  });
}

followExitBarHeight();
showLockerForm();
keepOneHistoryEntry();
