/** The words of the locker's "Protect my images" section; the steps it shares with /protect use that page's words. */
export interface LockerProtectMessages {
  title: string;
  lead: string;
  legend: string;
  empty: string;
  none: string;
  chosen: (n: number) => string;
  photo: string;
  video: string;
  make: string;
  nothingChosen: string;
  opening: string;
  openFailed: string;
  unsupported: string;
  hashingTitle: string;
  hashingLead: string;
  startOver: string;
  /** "Fingerprints sent" with the date, on the section's list and on each item's card. */
  sentOn: (date: string) => string;
  keep: string;
  keepHint: string;
  kept: string;
  notKept: string;
  keepFailed: string;
  done: string;
  keptTitle: string;
  keptLead: string;
  keptEntry: (date: string, photos: number, videos: number) => string;
  withdrawnOn: (date: string) => string;
  noCode: string;
  checkOrWithdraw: string;
  checking: string;
  forget: string;
  forgotten: string;
}
