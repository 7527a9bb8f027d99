import type { Locale } from '@jikim/guide';
import { en } from './en.js';
import { ko } from './ko.js';
import type { Messages } from './messages.js';

export type { Messages };
export const messages: Readonly<Record<Locale, Messages>> = { ko, en };
