import { useEffect, useRef } from 'react';

/** The heading of a screen that just appeared takes the focus, so a screen reader starts there. */
export function useFocusHeading<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    // Not on the section's first showing: the locker's menu focuses the section's own heading then.
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [key]);
  return ref;
}

/** Focuses the first field marked invalid inside `root`. */
export function focusFirstInvalid(root: HTMLElement | null): void {
  root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
