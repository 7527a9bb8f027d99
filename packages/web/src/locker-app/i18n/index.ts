import type { Locale } from '@jikim/guide';
import { en } from './en.js';
import { ko } from './ko.js';
import type { LockerMessages } from './messages.js';

export type { LockerMessages };
export const lockerMessages: Readonly<Record<Locale, LockerMessages>> = { ko, en };
