/** The words of the case's "Hash protection" panel (Korean and English sets). */
import type { ConsoleLocale } from '../../i18n/index.js';
import { protectionEn } from './protection-messages-en.js';
import { protectionKo } from './protection-messages-ko.js';

export interface ProtectionMessages {
  readonly title: string;
  /** One sentence: only hashes go to partner platforms, never the files. */
  readonly intro: string;
  readonly loading: string;
  readonly consent: { readonly given: string; readonly missing: string; readonly goTo: string; readonly checkAgain: string };
  readonly itemsTitle: string;
  readonly noItems: string;
  readonly kinds: Readonly<Record<'photo' | 'video', string>>;
  readonly exhibit: (n: number, title: string) => string;
  readonly notUploaded: string;
  readonly alreadyIn: string;
  readonly chosen: (n: number) => string;
  readonly add: string;
  readonly addHint: string;
  readonly added: (n: number) => string;
  readonly alreadyProtected: (n: number) => string;
  readonly protectedTitle: string;
  readonly noneProtected: string;
  readonly content: (id: number) => string;
  readonly unknownItem: string;
  readonly facts: {
    readonly item: string; readonly kind: string; readonly signals: string; readonly matches: string; readonly feedback: string;
    readonly state: string; readonly added: string;
  };
  readonly signals: (n: number) => string;
  readonly matched: (n: number) => string;
  readonly quarantined: string;
  readonly active: string;
  readonly addedBy: (who: string, when: string) => string;
  readonly me: string;
  readonly colleague: (id: string) => string;
  readonly remove: string;
  readonly removeConfirm: (what: string) => string;
  readonly confirm: string;
  readonly cancel: string;
  readonly removed: (what: string) => string;
  readonly errors: { readonly consentMissing: string; readonly notHashable: string; readonly notFound: string };
}

export const protectionMessages = (locale: ConsoleLocale): ProtectionMessages => (locale === 'en' ? protectionEn : protectionKo);
