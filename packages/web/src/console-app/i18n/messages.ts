import type { StaffRole } from '@jikim/contracts';

/** Every string of the console shell and its pages (the audit page has its own). */
export interface ConsoleMessages {
  readonly title: string;
  readonly product: string;
  readonly languageSwitch: string;
  readonly loading: string;
  readonly noScript: string;
  readonly roles: Readonly<Record<StaffRole, string>>;
  readonly nav: { readonly label: string; readonly cases: string; readonly people: string; readonly audit: string; readonly account: string; readonly logout: string };
  readonly signedInAs: (name: string, role: string) => string;
  readonly errors: {
    readonly network: string;
    readonly other: (requestId: string) => string;
    readonly sessionEnded: string;
    readonly loggedOut: string;
    readonly tooMany: (minutes: number) => string;
    readonly forbidden: string;
  };
  readonly setup: {
    readonly title: string;
    readonly intro: (name: string, role: string) => string;
    readonly linkGone: string;
    readonly step1: string;
    readonly login: string;
    readonly loginHint: string;
    readonly password: string;
    readonly passwordHint: string;
    readonly passwordAgain: string;
    readonly step2: string;
    readonly totpHint: string;
    readonly qrLabel: string;
    readonly keyLabel: string;
    readonly code: string;
    readonly codeHint: string;
    readonly submit: string;
    readonly fieldErrors: Readonly<Record<string, string>>;
  };
  readonly login: {
    readonly title: string;
    readonly intro: string;
    readonly login: string;
    readonly password: string;
    readonly next: string;
    readonly wrong: string;
    readonly codeTitle: string;
    readonly code: string;
    readonly codeHint: string;
    readonly codeWrong: string;
    readonly submit: string;
    readonly usePasskey: string;
    readonly passkeyFailed: string;
    readonly startOver: string;
    readonly lostFactor: string;
  };
  readonly cases: { readonly title: string; readonly empty: string; readonly emptyHint: string; readonly status: Readonly<Record<string, string>>; readonly opened: string; readonly mine: string };
  readonly people: {
    readonly title: string;
    readonly intro: string;
    readonly inviteTitle: string;
    readonly name: string;
    readonly role: string;
    readonly invite: string;
    readonly linkTitle: (name: string) => string;
    readonly linkHint: (until: string) => string;
    readonly copy: string;
    readonly copied: string;
    readonly list: string;
    readonly status: Readonly<Record<string, string>>;
    readonly loginName: string;
    readonly passkeys: (n: number) => string;
    readonly changeRole: string;
    readonly saveRole: string;
    readonly reissue: string;
    readonly reissueConfirm: (name: string) => string;
    readonly deactivate: string;
    readonly deactivateConfirm: (name: string) => string;
    readonly confirm: string;
    readonly cancel: string;
    readonly lastAdmin: string;
    readonly done: string;
    readonly you: string;
  };
  readonly account: {
    readonly title: string;
    readonly passkeysTitle: string;
    readonly passkeysIntro: string;
    readonly none: string;
    readonly added: (when: string) => string;
    readonly lastUsed: (when: string) => string;
    readonly add: string;
    readonly addedNow: string;
    readonly addFailed: string;
    readonly remove: string;
    readonly logoutTitle: string;
    readonly logoutHint: string;
  };
}
