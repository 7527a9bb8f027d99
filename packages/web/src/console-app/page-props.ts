import type { Me } from '@jikim/contracts';
import type { ApiResult } from './console-api.js';
import type { ConsoleLocale, ConsoleMessages } from './i18n/index.js';

export type ApiFailure = Extract<ApiResult<unknown>, { ok: false }>;

export interface PageProps {
  readonly t: ConsoleMessages;
  readonly locale: ConsoleLocale;
  readonly me: Me;
  /** Call with every failed request: true when it ended the session (the shell shows log-in). */
  readonly onFailure: (failure: ApiFailure) => boolean;
}
