/**
 * What one tab of the locker tells the others on this device: "the locker changed" (an item was
 * kept, corrected or removed; a request was recorded), so a second open tab shows the same evidence
 * without a reload. Only the kind of event crosses: never an item, a key or a passphrase.
 */
export type LockerSignal = { readonly type: 'changed' };

const CHANNEL = 'jikim-locker';

export function openLockerChannel(onSignal: (signal: LockerSignal) => void): { post: (signal: LockerSignal) => void; close: () => void } {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<LockerSignal>) => {
    if (event.data.type === 'changed') onSignal(event.data);
  };
  return { post: (signal) => channel.postMessage(signal), close: () => channel.close() };
}
