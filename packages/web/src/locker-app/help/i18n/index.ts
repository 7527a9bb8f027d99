import type { Locale } from '@jikim/guide';
import { helpEn } from './help-en.js';
import type { HelpMessages } from './help-messages.js';
import { helpKo } from './help-ko.js';

export type { HelpMessages };
/** Kept apart from the locker's own table so they come with the open locker (and the status page), not its first load. */
export const helpMessages: Readonly<Record<Locale, HelpMessages>> = { ko: helpKo, en: helpEn };
