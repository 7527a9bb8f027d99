/**
 * What one tab of Jikim tells the others on this device: the locker changed (an item was kept,
 * corrected or removed; a request recorded), the person locked it, or wiped it. Quick exit uses
 * the same channel (client/quick-exit.ts) so that every Jikim tab leaves at once. Only the kind of
 * event crosses: never an item, a key or a passphrase. One channel object per tab, so a tab never
 * hears its own messages.
 */
import { JIKIM_CHANNEL } from '../client/quick-exit-event.js';

export type LockerSignal = { readonly type: 'changed' } | { readonly type: 'lock' } | { readonly type: 'wipe' };

const SIGNALS: readonly string[] = ['changed', 'lock', 'wipe'];

let channel: BroadcastChannel | null = null;
const listeners = new Set<(signal: LockerSignal) => void>();

function shared(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(JIKIM_CHANNEL);
  channel.onmessage = (event: MessageEvent<{ type?: unknown }>) => {
    const type = event.data.type;
    if (typeof type === 'string' && SIGNALS.includes(type)) for (const listener of listeners) listener({ type } as LockerSignal);
  };
  return channel;
}

export function postLockerSignal(signal: LockerSignal): void {
  shared()?.postMessage(signal);
}

export function onLockerSignal(listener: (signal: LockerSignal) => void): () => void {
  shared();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
