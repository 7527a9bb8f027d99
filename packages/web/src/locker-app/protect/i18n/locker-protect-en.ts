import type { LockerProtectMessages } from './locker-protect-messages.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const counts = (photos: number, videos: number) =>
  [photos > 0 ? plural(photos, 'photo', 'photos') : '', videos > 0 ? plural(videos, 'video', 'videos') : ''].filter(Boolean).join(', ');

export const lockerProtectEn: LockerProtectMessages = {
  title: 'Protect my images',
  lead: 'The “fingerprints” of photos and videos in your locker are made on this device and sent; the photos and videos themselves never leave it. Platforms working with Jikim can then block copies that are the same or nearly the same.',
  legend: 'Photos and videos to protect',
  empty: 'There are no photos or videos in your locker yet. Keep them first, under “Add evidence”.',
  none: 'None chosen yet.',
  chosen: (n) => `${n} chosen.`,
  photo: 'Photo',
  video: 'Video',
  make: 'Make fingerprints',
  nothingChosen: 'Please choose at least one photo or video.',
  opening: 'Opening them from the locker, on this device only.',
  openFailed: 'Some could not be opened from the locker. Please try again.',
  unsupported: 'This browser cannot make the fingerprints. Please use a recent Chrome, Safari, Firefox or Samsung Internet.',
  hashingTitle: 'Making fingerprints',
  hashingLead: 'They are made only on this device. Nothing has been sent yet.',
  startOver: 'Choose again',
  sentOn: (date) => `Fingerprints sent · ${date}`,
  keep: 'Keep this code and PIN in my locker',
  keepHint: 'Your locker is sealed with your passphrase. If you keep them here, you can check the status or withdraw the fingerprints from this locker later.',
  kept: 'The code and PIN are kept in your locker.',
  notKept: 'The code and PIN are not kept in your locker. Please write them down somewhere safe.',
  keepFailed: 'They could not be kept in your locker. Please write them down somewhere safe.',
  done: 'Done',
  keptTitle: 'Check or withdraw the fingerprints you sent',
  keptLead: 'With the code kept in your locker, see the status or withdraw the fingerprints so that they block nothing any more.',
  keptEntry: (date, photos, videos) => `Sent on ${date} · ${counts(photos, videos)}`,
  withdrawnOn: (date) => `Withdrawn on ${date}`,
  noCode: 'The code and PIN were not kept in your locker. If you wrote them down, you can check on the “Protect my images” page.',
  checkOrWithdraw: 'Check or withdraw',
  checking: 'Checking.',
  forget: 'Remove the code from my locker',
  forgotten: 'The code and PIN were removed from your locker.',
};
