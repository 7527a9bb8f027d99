/**
 * The files the person chose, in the order chosen, and where each stands: waiting, being hashed
 * (with its progress), hashed (what it sends), or failed. Pure state, changed only through these
 * functions; the files themselves and their previews stay in memory on the device.
 */
import type { HashedItem } from './hashed-item.js';
import type { ItemKind } from './i18n/protect-messages.js';
import { MAX_ITEMS } from './protect-limits.js';

export type ChosenKind = ItemKind | 'other';

export interface ChosenItem {
  readonly id: number;
  readonly kind: ChosenKind;
  /** Its number among the chosen files of its kind ("Photo 2"), kept when others are removed. */
  readonly n: number;
  readonly file: File;
  readonly state: 'waiting' | 'hashing' | 'done' | 'failed';
  /** 0–1 while hashing. */
  readonly progress: number;
  /** A video's frames hashed and to hash. */
  readonly frames: { readonly done: number; readonly total: number } | null;
  readonly result: HashedItem | null;
}

export interface Chosen {
  readonly items: readonly ChosenItem[];
  readonly nextId: number;
  /** The last number given per kind. */
  readonly counts: Readonly<Record<ChosenKind, number>>;
}

export const NO_CHOICE: Chosen = { items: [], nextId: 1, counts: { image: 0, video: 0, other: 0 } };

const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'jpe', 'png', 'gif', 'webp', 'bmp', 'heic', 'heif', 'avif', 'tif', 'tiff']);
const VIDEO_EXTENSIONS = new Set(['mp4', 'm4v', 'mov', 'webm', 'mkv', 'avi', '3gp', 'ogv', 'wmv', 'ts']);

/** By the type the browser gives, else by the name's extension. */
export function kindOf(file: Pick<File, 'type' | 'name'>): ChosenKind {
  if (file.type.startsWith('image/')) return 'image';
  if (file.type.startsWith('video/')) return 'video';
  const extension = /\.([^./\\]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (IMAGE_EXTENSIONS.has(extension)) return 'image';
  if (VIDEO_EXTENSIONS.has(extension)) return 'video';
  return 'other';
}

/** Adds files up to the limit of one submission; answers how many did not fit. */
export function addFiles(chosen: Chosen, files: readonly File[], max: number = MAX_ITEMS): { chosen: Chosen; refused: number } {
  const room = Math.max(0, max - chosen.items.length);
  const taken = files.slice(0, room);
  let { nextId } = chosen;
  const counts = { ...chosen.counts };
  const added = taken.map((file): ChosenItem => {
    const kind = kindOf(file);
    counts[kind] += 1;
    return { id: nextId++, kind, n: counts[kind], file, state: 'waiting', progress: 0, frames: null, result: null };
  });
  return { chosen: { items: [...chosen.items, ...added], nextId, counts }, refused: files.length - taken.length };
}

export function updateItem(chosen: Chosen, id: number, change: Partial<Pick<ChosenItem, 'state' | 'progress' | 'frames' | 'result'>>): Chosen {
  return { ...chosen, items: chosen.items.map((item) => (item.id === id ? { ...item, ...change } : item)) };
}

export function removeItem(chosen: Chosen, id: number): Chosen {
  return { ...chosen, items: chosen.items.filter((item) => item.id !== id) };
}

/** The next file to hash, in the order chosen. */
export const nextToHash = (chosen: Chosen): ChosenItem | undefined => chosen.items.find((item) => item.state === 'waiting');

/** Every file has been hashed (or has failed): the review can be shown. */
export const allSettled = (chosen: Chosen): boolean => chosen.items.every((item) => item.state === 'done' || item.state === 'failed');
