/**
 * Sends the shared files that are not yet at the centre, one after another, while the locker is
 * open: each upload's tus address is sealed into the locker's record as soon as it exists, so a
 * reload or the next unlock resumes instead of starting over. Locking the locker stops them.
 */
import type { LockerStore } from '@jikim/device';
import { useCallback, useEffect, useRef, useState } from 'react';
import { saveHelpRecord, withUpload, type FileUpload, type HelpRecord } from './help-record.js';
import type { UploadState } from './i18n/help-messages.js';
import { uploadFile, type RunningUpload } from './upload-file.js';

export interface UploadProgress {
  readonly state: UploadState;
  readonly sent: number;
}

export function useUploads(store: LockerStore, record: HelpRecord | null, onRecord: (record: HelpRecord) => void, setBusy: (busy: boolean) => void) {
  const [progress, setProgress] = useState<Record<string, UploadProgress>>({});
  const [completed, setCompleted] = useState(0);
  const latest = useRef(record);
  latest.current = record;
  const running = useRef(new Map<string, RunningUpload>());
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const waiting = useRef<FileUpload[]>([]);

  const persist = useCallback((next: HelpRecord) => {
    latest.current = next;
    onRecord(next);
    // One sealed write at a time, in order.
    queue.current = queue.current.then(() => saveHelpRecord(store, next)).catch(() => undefined);
  }, [store, onRecord]);
  const update = useCallback((itemId: string, change: Partial<FileUpload>) => {
    if (latest.current) persist(withUpload(latest.current, itemId, change));
  }, [persist]);

  const set = (itemId: string, value: UploadProgress) => setProgress((p) => ({ ...p, [itemId]: value }));

  const runNext = useCallback(() => {
    const current = latest.current;
    if (!current || running.current.size > 0) return;
    const upload = waiting.current.shift();
    if (!upload) return;
    set(upload.itemId, { state: 'sending', sent: 0 });
    setBusy(true);
    const run = uploadFile(store, current.access, current.uploadPath, latest.current?.uploads.find((u) => u.itemId === upload.itemId) ?? upload, {
      onUrl: (url) => update(upload.itemId, { url }),
      onProgress: (sent) => set(upload.itemId, { state: 'sending', sent }),
    });
    running.current.set(upload.itemId, run);
    run.done.then(
      () => {
        update(upload.itemId, { done: true });
        set(upload.itemId, { state: 'complete', sent: upload.bytes });
        setCompleted((n) => n + 1);
      },
      () => set(upload.itemId, { state: 'failed', sent: 0 }),
    ).finally(() => {
      running.current.delete(upload.itemId);
      setBusy(false);
      runNext();
    });
  }, [store, update, setBusy]);

  const start = useCallback((uploads: readonly FileUpload[]) => {
    for (const upload of uploads) {
      if (upload.done || running.current.has(upload.itemId) || waiting.current.some((u) => u.itemId === upload.itemId)) continue;
      waiting.current.push(upload);
      set(upload.itemId, { state: 'waiting', sent: 0 });
    }
    runNext();
  }, [runNext]);

  // What the record still has to send starts when it is read (after sending, or at the next unlock).
  const startNow = useRef(start);
  startNow.current = start;
  const accessKey = record?.access.code;
  useEffect(() => {
    if (latest.current) startNow.current(latest.current.uploads);
  }, [accessKey]);

  useEffect(() => () => {
    waiting.current = [];
    for (const run of running.current.values()) run.abort();
  }, []);

  const retry = useCallback((itemId: string) => {
    const upload = latest.current?.uploads.find((u) => u.itemId === itemId);
    if (upload) start([upload]);
  }, [start]);

  /** More items were shared: the record now names their uploads, which start at once. */
  const add = useCallback((next: HelpRecord, uploads: readonly FileUpload[]) => {
    persist(next);
    start(uploads);
  }, [persist, start]);

  return { progress, completed, add, retry };
}
