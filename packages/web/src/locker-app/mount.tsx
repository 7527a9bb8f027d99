/** ReactDOM and the app, mounted by main.tsx once they have arrived (their own chunk, see main.tsx). */
import { createRoot } from 'react-dom/client';
import { LockerApp } from './locker-app.js';
import type { LockerUi } from './locker-context.js';

export function mount(root: HTMLElement, ui: Omit<LockerUi, 'setBusy'>, firstCheck: Promise<boolean>, exists: boolean | undefined): void {
  createRoot(root).render(<LockerApp ui={ui} firstCheck={firstCheck} exists={exists} />);
}
