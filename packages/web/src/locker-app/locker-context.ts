import type { Locale } from '@jikim/guide';
import { createContext, useContext } from 'react';
import type { LockerMessages } from './i18n/index.js';

export interface LockerUi {
  readonly locale: Locale;
  readonly t: LockerMessages;
  /** Where the report's fonts are served on our own origin (fetched only when a PDF is made). */
  readonly fontUrls: { readonly regular: string; readonly bold: string };
  /** Long work (a 2 GB file) holds the idle lock off while it runs. */
  readonly setBusy: (busy: boolean) => void;
}

export const LockerUiContext = createContext<LockerUi | null>(null);

export function useLockerUi(): LockerUi {
  const ui = useContext(LockerUiContext);
  if (!ui) throw new Error('LockerUiContext missing');
  return ui;
}
