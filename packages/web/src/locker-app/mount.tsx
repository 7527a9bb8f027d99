/** ReactDOM and the app, started by main.tsx once they have arrived (their own chunk, see main.tsx). */
import { useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { LockerApp } from './locker-app.js';
import type { LockerUi } from './locker-context.js';

type Ui = Omit<LockerUi, 'setBusy'>;

/** Draws the first screen itself (the page showed none). */
export function mount(root: HTMLElement, ui: Ui, firstCheck: Promise<boolean>, exists: boolean | undefined): void {
  createRoot(root).render(<LockerApp ui={ui} firstCheck={firstCheck} exists={exists} />);
}

export interface Adoption {
  /** The page shows the unlock screen (else the create screen). */
  readonly locked: boolean;
  /** The person typed, pressed a key or touched that screen before the app came. */
  readonly usedEarly: boolean;
  /** Called once the screen is the app's. */
  readonly onAdopted: () => void;
}

function Adopted({ onAdopted, children }: { onAdopted: () => void; children: ReactNode }) {
  useEffect(() => onAdopted(), [onAdopted]);
  return children;
}

/** Takes over the screen the page already shows (pages/locker.tsx rendered it from the same LockerApp). */
export function adopt(root: HTMLElement, ui: Ui, { locked, usedEarly, onAdopted }: Adoption): void {
  hydrateRoot(root, <Adopted onAdopted={onAdopted}><LockerApp ui={ui} exists={locked} adopted usedEarly={usedEarly} /></Adopted>, {
    // React then draws the screen again, and what was typed into the page's copy is lost: say so to whoever looks.
    onRecoverableError: () => console.warn('The locker could not adopt the screen in the page and drew it again'),
  });
}
