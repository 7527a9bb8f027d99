import type { Locale } from '@jikim/guide';
import { protectEn } from './protect-en.js';
import type { ProtectMessages } from './protect-messages.js';
import { protectKo } from './protect-ko.js';

export type { ProtectMessages };
export const protectMessages: Readonly<Record<Locale, ProtectMessages>> = { ko: protectKo, en: protectEn };
