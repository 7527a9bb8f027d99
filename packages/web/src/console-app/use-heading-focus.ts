import { useEffect, useRef } from 'react';

/** Moves focus to a page's heading when it appears, so a screen reader starts there. */
export function useHeadingFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
