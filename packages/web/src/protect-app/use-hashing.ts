/**
 * The chosen files and their hashing, one file at a time in the order chosen, each in its own
 * worker. Removing a file while it is hashed cancels it at once. Previews are object URLs of the
 * files (or of a video's first frame), revoked when the file is removed or the page forgets them.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { addFiles, NO_CHOICE, nextToHash, removeItem, updateItem, type Chosen, type ChosenItem } from './chosen-items.js';
import { NOT_MEDIA } from './hashed-item.js';
import { hashFile } from './hash-file.js';

export interface Hashing {
  readonly chosen: Chosen;
  readonly previews: Readonly<Record<number, string>>;
  /** What the polite live region says: a file started, finished or was removed. */
  readonly announcement: string;
  /** Adds files; answers how many did not fit in one submission. */
  add(files: readonly File[]): number;
  remove(item: ChosenItem): void;
  /** Forgets every file and preview (after sending). */
  clear(): void;
}

export interface HashingWords {
  readonly label: (item: ChosenItem) => string;
  readonly start: (label: string) => string;
  readonly done: (label: string) => string;
  readonly removed: (label: string) => string;
}

export function useHashing(words: HashingWords): Hashing {
  const [chosen, setChosen] = useState<Chosen>(NO_CHOICE);
  const [previews, setPreviews] = useState<Record<number, string>>({});
  const [announcement, setAnnouncement] = useState('');
  const running = useRef<{ id: number; controller: AbortController } | null>(null);
  const latest = useRef(chosen);
  latest.current = chosen;
  const urls = useRef(new Map<number, string>());
  const wordsRef = useRef(words);
  wordsRef.current = words;

  const setPreview = useCallback((id: number, url: string | null) => {
    const old = urls.current.get(id);
    if (old) URL.revokeObjectURL(old);
    if (url) urls.current.set(id, url);
    else urls.current.delete(id);
    setPreviews(Object.fromEntries(urls.current));
  }, []);

  useEffect(() => {
    if (running.current) return;
    const item = nextToHash(chosen);
    if (!item) return;
    if (item.kind === 'other') {
      setChosen((c) => updateItem(c, item.id, { state: 'done', progress: 1, result: NOT_MEDIA }));
      return;
    }
    const controller = new AbortController();
    running.current = { id: item.id, controller };
    const label = wordsRef.current.label(item);
    setChosen((c) => updateItem(c, item.id, { state: 'hashing' }));
    setAnnouncement(wordsRef.current.start(label));
    const settle = (change: Parameters<typeof updateItem>[2], said: string) => {
      if (controller.signal.aborted) return;
      running.current = null;
      setChosen((c) => updateItem(c, item.id, change));
      setAnnouncement(said);
    };
    void hashFile(item.kind, item.file, {
      signal: controller.signal,
      onProgress: ({ fraction, frames }) => {
        if (!controller.signal.aborted) setChosen((c) => updateItem(c, item.id, { progress: fraction, frames: frames ?? null }));
      },
      onPreview: (blob) => {
        if (!controller.signal.aborted) setPreview(item.id, URL.createObjectURL(blob));
      },
    }).then(
      (result) => settle({ state: 'done', progress: 1, result }, wordsRef.current.done(label)),
      () => settle({ state: 'failed' }, wordsRef.current.done(label)),
    );
  }, [chosen, setPreview]);

  // Leaving the page (or quick exit) stops the hashing and lets the previews go.
  useEffect(() => () => {
    running.current?.controller.abort();
    running.current = null;
    for (const url of urls.current.values()) URL.revokeObjectURL(url);
    urls.current.clear();
  }, []);

  const add = useCallback((files: readonly File[]) => {
    const { chosen: next, refused } = addFiles(latest.current, files);
    for (const item of next.items.slice(latest.current.items.length)) {
      if (item.kind === 'image') setPreview(item.id, URL.createObjectURL(item.file));
    }
    latest.current = next;
    setChosen(next);
    return refused;
  }, [setPreview]);

  const remove = useCallback((item: ChosenItem) => {
    if (running.current?.id === item.id) {
      running.current.controller.abort();
      running.current = null;
    }
    setPreview(item.id, null);
    setChosen((c) => removeItem(c, item.id));
    setAnnouncement(wordsRef.current.removed(wordsRef.current.label(item)));
  }, [setPreview]);

  const clear = useCallback(() => {
    running.current?.controller.abort();
    running.current = null;
    for (const id of [...urls.current.keys()]) setPreview(id, null);
    setChosen(NO_CHOICE);
    setAnnouncement('');
  }, [setPreview]);

  return { chosen, previews, announcement, add, remove, clear };
}
