import { en } from './en.js';
import { ko } from './ko.js';
import type { ConsoleMessages } from './messages.js';

export type ConsoleLocale = 'ko' | 'en';
export type { ConsoleMessages };
export const consoleMessages: Readonly<Record<ConsoleLocale, ConsoleMessages>> = { ko, en };
