/**
 * While a file is being stored, reloading or closing the tab asks first (in the browser's own
 * words). Quick exit never waits for that question: it removes the warning before it leaves.
 */
import { useEffect } from 'react';
import { QUICK_EXIT_EVENT } from '../client/quick-exit-event.js';

export function useWarnBeforeLeaving(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = true;
    };
    const stop = () => window.removeEventListener('beforeunload', warn);
    window.addEventListener('beforeunload', warn);
    window.addEventListener(QUICK_EXIT_EVENT, stop);
    return () => {
      stop();
      window.removeEventListener(QUICK_EXIT_EVENT, stop);
    };
  }, [active]);
}
