/** The words of the counsellor's case screens: the list, a case, opening a case, attaching a file. */
import type { CaseEvent, CaseStatusValue } from '@jikim/contracts';

type Situation = 'illegal-shooting' | 'dissemination' | 'threat' | 'synthesis' | 'unsure';
type Channel = 'phone' | 'sms' | 'email';
type IdentityMethod = 'in_person_id' | 'video_call_id' | 'phone_known_details' | 'other';
type EventType = CaseEvent['type'];

export interface CaseMessages {
  // The empty list (kept as before: the other console journeys read these words).
  readonly title: string;
  readonly empty: string;
  readonly emptyHint: string;
  readonly status: Readonly<Record<CaseStatusValue, string>>;
  readonly opened: string;
  readonly mine: string;

  readonly tabsLabel: string;
  readonly tabs: Readonly<Record<'new' | 'mine' | 'waiting' | 'closed', string>>;
  readonly tabEmpty: Readonly<Record<'new' | 'mine' | 'waiting' | 'closed', string>>;
  readonly openCase: string;
  readonly situation: Readonly<Record<Situation, string>>;
  readonly openedBy: Readonly<Record<'victim_request' | 'counsellor', string>>;
  readonly items: (n: number) => string;
  readonly withdrawn: (when: string) => string;
  readonly withdrawnHint: string;
  readonly junkMark: string;
  readonly select: (id: string) => string;
  readonly selected: (n: number) => string;
  readonly selectAll: (n: number) => string;
  readonly junk: string;
  readonly junkConfirm: (n: number) => string;
  readonly junkDone: (n: number) => string;
  readonly confirm: string;
  readonly cancel: string;
  readonly back: string;

  readonly contact: {
    readonly title: string;
    readonly beforeContact: string;
    readonly name: string;
    readonly noName: string;
    readonly channels: string;
    readonly channel: Readonly<Record<Channel, string>>;
    readonly phone: string;
    readonly email: string;
    readonly safeHours: string;
    readonly anyTime: string;
    readonly voicemail: string;
    readonly noVoicemail: string;
    readonly voicemailOk: string;
    readonly codeWord: string;
    readonly codeWordSet: string;
    readonly codeWordNone: string;
    readonly codeWordSayFirst: string;
    readonly gone: string;
  };

  readonly page: {
    readonly title: (shortId: string) => string;
    readonly caseId: string;
    readonly message: string;
    readonly noMessage: string;
    readonly language: string;
    readonly languages: Readonly<Record<'ko' | 'en', string>>;
    readonly itemsTitle: string;
    readonly noItems: string;
    readonly exhibit: (n: number) => string;
    readonly addedBy: Readonly<Record<'victim' | 'counsellor', string>>;
    readonly size: string;
    readonly sha256: string;
    readonly mediaType: string;
    readonly originalName: string;
    readonly uploadState: string;
    readonly upload: Readonly<Record<'none' | 'pending' | 'complete' | 'refused', string>>;
    readonly url: string;
    readonly copy: string;
    readonly copied: string;
    readonly urlHint: string;
    readonly site: string;
    readonly posterId: string;
    readonly postedAt: string;
    readonly seenAt: string;
    readonly senderNumber: string;
    readonly sentAt: string;
    readonly messageText: string;
    readonly clue: Readonly<Record<'phoneModel' | 'appearance' | 'place' | 'witnesses', string>>;
    readonly description: string;
    readonly occurredAt: string;
    readonly itemHistory: string;
    readonly actor: Readonly<Record<'victim' | 'counsellor' | 'platform' | 'system', string>>;
    readonly eventsTitle: string;
    readonly noEvents: string;
    readonly event: Readonly<Record<EventType, string>>;
    readonly reason: string;
    readonly unassigned: string;
  };

  readonly preview: {
    readonly hidden: string;
    readonly warning: string;
    readonly show: string;
    readonly hide: string;
    readonly alt: (title: string) => string;
    readonly none: string;
  };

  readonly original: {
    readonly view: string;
    readonly viewNamed: (title: string) => string;
    readonly title: (title: string) => string;
    readonly intro: string;
    readonly reason: string;
    readonly reasonHint: string;
    readonly reasonShort: string;
    readonly submit: string;
    readonly started: string;
    readonly notReady: string;
  };

  readonly package: {
    readonly make: string;
    readonly hint: string;
    readonly intro: string;
    readonly language: string;
    readonly submit: string;
    readonly started: (exhibits: number, leftOut: number) => string;
    readonly nothing: string;
  };

  readonly actions: {
    readonly title: string;
    readonly assignToMe: string;
    readonly unassign: string;
    readonly assignedToMe: string;
    readonly assignedToOther: string;
    readonly nobodyYet: string;
    readonly noteTitle: string;
    readonly note: string;
    readonly noteHint: string;
    readonly addNote: string;
    readonly messageTitle: string;
    readonly messageIntro: string;
    readonly messageText: string;
    readonly messageHint: string;
    readonly waitForReply: string;
    readonly send: string;
    readonly identityTitle: string;
    readonly identityIntro: string;
    readonly method: string;
    readonly methods: Readonly<Record<IdentityMethod, string>>;
    readonly identityNote: string;
    readonly identityNoteHint: string;
    readonly recordIdentity: string;
    readonly statusTitle: string;
    readonly newStatus: string;
    readonly saveStatus: string;
    readonly required: string;
    readonly done: string;
    readonly withdrawnNoActions: string;
  };

  readonly open: {
    readonly title: string;
    readonly intro: string;
    readonly language: string;
    readonly situation: string;
    /** How the person reached the centre (counted in the figures). */
    readonly arrival: string;
    readonly arrivals: Readonly<Record<'online' | 'phone' | 'walk_in' | 'email' | 'referral' | 'other', string>>;
    readonly contactTitle: string;
    readonly name: string;
    readonly nameHint: string;
    readonly channels: string;
    readonly phone: string;
    readonly email: string;
    readonly safeHours: string;
    readonly safeHoursHint: string;
    readonly noVoicemail: string;
    readonly codeWord: string;
    readonly codeWordHint: string;
    readonly said: string;
    readonly saidHint: string;
    readonly assignToMe: string;
    readonly submit: string;
    readonly errors: Readonly<Record<'channels' | 'phone' | 'email' | 'other', string>>;
  };

  readonly attach: {
    readonly title: string;
    readonly intro: string;
    readonly file: string;
    readonly fileHint: string;
    readonly itemTitle: string;
    readonly itemTitleHint: string;
    readonly submit: string;
    readonly hashing: (percent: number) => string;
    readonly uploading: (percent: number) => string;
    readonly done: (name: string) => string;
    readonly failed: string;
    readonly mismatch: string;
    readonly resend: string;
    readonly resendHint: string;
    readonly resendSubmit: string;
    readonly notSame: string;
    readonly noFile: string;
  };
}
