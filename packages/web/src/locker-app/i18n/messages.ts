/** Every string of the locker app; ko.ts and en.ts must both satisfy it. */
import type { EvidenceKind, FileType } from '@jikim/case';
import type { PassphraseProblem, PassphraseStrength } from '@jikim/device';
import type { SectionId } from '../locker-sections.js';

export interface LockerMessages {
  loading: string;
  intro: string;
  create: {
    title: string; lead: string; passphrase: string; confirm: string; hint: string; warning: string;
    submit: string; working: string; mismatch: string; show: string; hide: string;
    problems: Record<PassphraseProblem, string>;
    strengthLabel: string; strengthEmpty: string; strength: Record<PassphraseStrength, string>;
    generator: { make: string; title: string; hint: string; use: string; another: string };
  };
  unlock: {
    title: string; lead: string; passphrase: string; submit: string; working: string; wrong: string; forgot: string;
    failedAttempts: (count: number, times: string) => string;
  };
  lockNow: string;
  change: { title: string; lead: string; current: string; next: string; again: string; submit: string; working: string; done: string; wrongCurrent: string; failed: string };
  menu: { label: string; sections: Record<SectionId, string>; threatCallout: string };
  idleWarning: { message: (seconds: number) => string; keepWorking: string };
  draftRestored: string;
  unfinished: (names: string) => string;
  remove: { confirmTitle: (title: string) => string; confirmBody: string; confirm: string; cancel: string; failed: string };
  lockedByIdle: string;
  lockedElsewhere: string;
  damaged: (n: number) => string;
  integrity: { missing: (n: number) => string; rolledBack: (n: number) => string; indexRolledBack: string; why: string; accept: string };
  idle: { label: string; minutes: (n: number) => string };
  kinds: Record<EvidenceKind, string>;
  kindHints: Record<EvidenceKind, string>;
  scenarios: { all: string; none: string; 'illegal-shooting': string; dissemination: string; threat: string };
  add: {
    title: string; kind: string; scenario: string; itemTitle: string; description: string; occurredAt: string; occurredHint: string;
    file: string; attachment: string; url: string; site: string; posterId: string; postedAt: string; seenAt: string;
    senderNumber: string; senderHint: string; messageText: string; sentAt: string;
    phoneModel: string; appearance: string; place: string; witnesses: string;
    submit: string; needUrl: string; needSender: string; emptyFile: string; keepEmpty: string; showEvidence: string; saving: (percent: number) => string; saved: string; needFile: string; full: string; failed: string;
  };
  timeline: { title: string; filter: string; empty: string; count: (n: number) => string; lockerHistory: string; itemRemoved: string };
  item: {
    added: string; occurred: string; sha256: string; size: string; type: string; fileName: string; modified: string;
    extensionMismatch: string; history: string; duration: string; fileTypes: Record<FileType, string>;
    correct: string; saveCorrection: string; cancel: string; url: string; site: string; posterId: string; postedAt: string; seenAt: string;
    sender: string; text: string; sentAt: string; phoneModel: string; appearance: string; place: string; witnesses: string; download: string; remove: string; fileFacts: string;
  };
  preview: { hidden: string; warning: string; show: string; hide: string; none: string };
  exportPanel: {
    title: string; lead: string; caseReference: string; caseHint: string; language: string; blurThumbnails: string;
    pdf: string; bundle: string; working: string; done: string; failed: string; empty: string;
  };
  verify: {
    title: string; lead: string; choose: string; working: string; ok: string; bad: string;
    statuses: Record<'ok' | 'mismatch' | 'missing' | 'extra' | 'unsafe' | 'unreadable', string>; problems: string;
  };
  importPanel: { title: string; lead: string; choose: string; working: string; done: (n: number) => string; refused: string };
  wipe: {
    title: string; lead: string; start: string; confirmTitle: string; confirmBody: string; confirm: string; cancel: string; done: string;
    doneElsewhere: string; blocked: string; outside: string; savedHere: (names: string) => string;
  };
  saveOriginal: { title: string; body: string; confirm: string; cancel: string };
  savedAs: (name: string) => string;
  savedOutside: string;
  letter: {
    title: string; lead: string; fromLocker: string; noWebItems: string; typedUrls: string; typedHint: string; service: string; other: string;
    otherName: string; contentKind: string; kinds: Record<'illegal-filming' | 'non-consensual-sharing' | 'manipulated-images' | 'threat-material', string>;
    respondBy: string; language: string; name: string; contact: string; personalHint: string; make: string; subject: string; body: string;
    copy: string; copied: string; pdf: string; mail: string; tooLongForMail: string; unverified: string; needUrls: string; sendsNothing: string;
    whereTitle: string; noRoute: string; openForm: string; sentBy: string; iSentIt: string; recorded: (n: number) => string; showTracker: string; stale: string;
  };
  tracker: {
    title: string; lead: string; add: string; url: string; channel: string; method: string; methods: Record<'form' | 'email' | 'in-app' | 'phone' | 'other', string>;
    reportedAt: string; reference: string; response: string; save: string; empty: string; failed: string;
    statuses: Record<'requested' | 'acknowledged' | 'removed' | 'refused' | 'reappeared', string>;
    record: string; recordAs: string; current: string; history: string;
    remindersTitle: string; noAnswer7: string; noAnswer14: string; recheck: string; noReminders: string; days: (n: number) => string;
  };
  complaint: {
    title: string; lead: string; complainant: string; name: string; birthDate: string; address: string; phone: string;
    accused: string; accusedKnown: string; accusedUnknown: string; contact: string; description: string;
    facts: string; factsHint: string; crimes: string; reason: string; station: string; stationHint: string;
    make: string; text: string; copy: string; copied: string; pdfKo: string; pdfEn: string; working: string; failed: string; stale: string; crimesExplained: string; accusedMore: string; complainantMore: string; moreFields: string;
  };
  threat: {
    title: string; lead: string; stepsTitle: string; evidenceTitle: string; noEvidence: string; adviceTitle: string; sources: string;
    unverified: string; stationTitle: string; question: string; yes: string; no: string; unsure: string; linksTitle: string;
    reportTo: string; noAddress: string; accompanyTitle: string;
  };
  noScript: string;
}
