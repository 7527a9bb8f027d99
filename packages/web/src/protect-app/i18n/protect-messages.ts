/** The words of "Protect my images" (/protect): the static page and the app that mounts in it. */

export type ItemKind = 'image' | 'video';

/** Why a chosen file sends less than PDQ/vPDQ and an MD5, or nothing at all. */
export type ItemNote = 'lowQuality' | 'lowQualityVideo' | 'undecodable' | 'undecodableVideo' | 'tooLong' | 'notMedia' | 'failed';

export interface ProtectMessages {
  page: {
    title: string; lead: string;
    howTitle: string; how: readonly string[];
    limitsTitle: string; limits: readonly string[];
    removalLead: string; lockerLink: string; organisationsLink: string;
    noScript: string;
  };
  choose: {
    title: string; lead: string; input: string; hint: string; listTitle: string; review: string;
    waitForHashing: string; nothingToSend: string; tooMany: (max: number) => string; unsupportedBrowser: string;
  };
  item: {
    label: Record<ItemKind | 'other', (n: number) => string>;
    hidden: string; warning: string; show: string; hide: string;
    progress: (label: string) => string;
    waiting: string; hashing: string; frames: (done: number, total: number) => string;
    ready: (fingerprints: number) => string; notSent: string;
    cancel: (label: string) => string; cancelText: string; remove: (label: string) => string; removeText: string;
    notes: Record<ItemNote, string>;
    /** Announced politely as each file starts and ends. */
    announceStart: (label: string) => string; announceDone: (label: string) => string; announceRemoved: (label: string) => string;
  };
  review: {
    title: string; lead: string; photos: string; videos: string; fingerprints: string;
    count: (n: number, unit: 'photo' | 'video' | 'fingerprint') => string;
    skipped: (n: number) => string;
    neverTitle: string; never: readonly string[];
    bankNote: string;
    detailsSummary: string; md5: string; pdq: string; vpdq: (frames: number) => string;
    send: string; back: string; preparing: string; sending: string;
    busy: string; offline: string; failed: string;
  };
  done: {
    title: string; lead: (items: number, fingerprints: number) => string; code: string; pin: string;
    copyCode: string; copyPin: string; copied: string; copyFailed: string;
    warning: string; keepTitle: string; keep: readonly string[]; written: string;
  };
  check: {
    title: string; lead: string; code: string; codeHint: string; pin: string; open: string; working: string;
    needBoth: string; wrong: string; tooMany: string; failed: string; memoryOnly: string;
    statusTitle: string; sentOn: (date: string) => string;
    active: string; withdrawn: string; itemState: Record<'received' | 'active', string>;
    fingerprints: (n: number) => string; matches: (n: number) => string; neverWhere: string;
    refresh: string; close: string;
  };
  withdraw: {
    start: string; title: string; lead: string; what: readonly string[]; stays: string;
    confirm: string; cancel: string; working: string; failed: string;
  };
}
