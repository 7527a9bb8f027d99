import type { Locale } from '@jikim/guide';
import { lockerProtectEn } from './locker-protect-en.js';
import type { LockerProtectMessages } from './locker-protect-messages.js';
import { lockerProtectKo } from './locker-protect-ko.js';

export type { LockerProtectMessages };
export const lockerProtectMessages: Readonly<Record<Locale, LockerProtectMessages>> = { ko: lockerProtectKo, en: lockerProtectEn };
