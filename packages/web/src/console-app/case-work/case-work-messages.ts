/** The case-work words in the console's language. */
import type { ConsoleLocale } from '../i18n/index.js';
import { caseWorkEn } from './case-work-messages-en.js';
import { caseWorkKo, type CaseWorkMessages } from './case-work-messages-ko.js';

export type { CaseWorkMessages };
export const caseWorkMessages = (locale: ConsoleLocale): CaseWorkMessages => (locale === 'en' ? caseWorkEn : caseWorkKo);
