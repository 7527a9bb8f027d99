/** The help request's words: the locker's section and the status page share them (help-status/). */
import type { SITUATIONS } from '@jikim/contracts';

export type Situation = (typeof SITUATIONS)[number];
export type HelpStatusName = 'received' | 'in_progress' | 'waiting_for_you' | 'closed' | 'withdrawn';
export type UploadState = 'waiting' | 'sending' | 'complete' | 'refused' | 'failed';

export interface HelpMessages {
  title: string;
  step: (n: number, total: number) => string;
  next: string;
  back: string;
  intro: { title: string; lead: string; seesTitle: string; sees: readonly string[]; control: string; after: string; start: string };
  contact: {
    title: string; lead: string; channels: string; phone: string; sms: string; email: string;
    phoneNumber: string; phoneHint: string; emailAddress: string; safeHours: string; safeHoursHint: string;
    noVoicemail: string; codeWord: string; codeWordHint: string; name: string; nameHint: string;
    needChannel: string; needPhone: string; badPhone: string; needEmail: string; badEmail: string; tooLong: string;
  };
  situation: { title: string; lead: string; legend: string; options: Record<Situation, string>; message: string; messageHint: string; tooLong: string };
  items: {
    title: string; lead: string; legend: string; none: string; empty: string; incomplete: string; chosen: (n: number) => string; tooMany: (max: number) => string;
    fileSize: (size: string) => string; noFile: string;
  };
  review: {
    title: string; lead: string; contactTitle: string; channels: string; phone: string; email: string; safeHours: string; voicemail: string;
    voicemailNo: string; voicemailOk: string; codeWord: string; name: string; notGiven: string; situation: string; message: string;
    itemsTitle: string; noItems: string; sha256: string; size: string; url: string; sender: string; change: string; send: string; sendsNothingYet: string;
  };
  sending: { preparing: string; sending: string; failed: string; busy: string; offline: string };
  code: {
    title: string; lead: string; caseCode: string; pin: string; warning: string; kept: string; done: string;
  };
  uploads: {
    title: string; states: Record<UploadState, string>; progress: (percent: number) => string; retry: string; keepOpen: string;
  };
  status: {
    title: string; sentOn: (date: string) => string; statusLabel: string; states: Record<HelpStatusName, string>;
    itemsTitle: string; noItems: string; upload: Record<'pending' | 'complete' | 'refused', string>;
    messagesTitle: string; noMessages: string; you: string; centre: string; reply: string; replyHint: string; sendReply: string; replySent: string; replyEmpty: string;
    refused: string; forget: string;
    addItems: string; addItemsTitle: string; addItemsSend: string; addItemsNone: string; refresh: string; loadFailed: string; cancel: string;
  };
  withdraw: {
    start: string; title: string; lead: string; gone: readonly string[]; stays: string; confirm: string; cancel: string; working: string; done: string; failed: string;
  };
  /** Issue 13: the case's takedowns, sharing the locker's tracker records, and consents. */
  caseWork: CaseWorkMessages;
  page: {
    title: string; lead: string; caseCode: string; caseCodeHint: string; pin: string; open: string; working: string; wrong: string; needBoth: string;
    noScript: string; memoryOnly: string; close: string;
  };
}

export type CaseTargetStatus = 'found' | 'requested' | 'acknowledged' | 'removed' | 'refused' | 'reappeared';
export type CaseConsentKind = 'write_to_operators' | 'police' | 'kcsc' | 'support_services' | 'transfer' | 'hash_protection' | 'retention';

export interface CaseWorkMessages {
  takedowns: {
    title: string; lead: string; empty: string; statusLabel: string; statuses: Record<CaseTargetStatus, string>;
    site: string; history: (n: number) => string; by: Record<'you' | 'centre' | 'platform', string>; reference: string; response: string;
    count: (n: number) => string;
  };
  share: {
    title: string; lead: string; empty: string; legend: string; none: string; chosen: (n: number) => string; notShareable: string;
    alreadyListed: string; where: string; statusLabel: string; review: string; reviewTitle: string; reviewLead: (n: number) => string;
    send: string; back: string; sending: string; sent: (n: number) => string; failed: string; chooseFirst: string;
    methods: Record<'form' | 'email' | 'in-app' | 'phone' | 'other', string>;
    statuses: Record<Exclude<CaseTargetStatus, 'found'>, string>;
  };
  consents: {
    title: string; lead: string; kinds: Record<CaseConsentKind, { title: string; explain: string }>;
    agreedOn: (date: string) => string; agreed: string; withdrawn: string; notAgreed: string; always: string;
    agree: string; withdraw: string; saving: string; savedAgreed: (title: string) => string; savedWithdrawn: (title: string) => string; failed: string;
    confirmTitle: (title: string) => string; confirmLead: string; confirmDone: string; confirm: string; cancel: string;
  };
}
