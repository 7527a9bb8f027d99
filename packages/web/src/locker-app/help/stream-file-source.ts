/**
 * A tus file source over the locker's decrypted file stream (LockerStore.fileStream): tus asks for
 * slices in order, and each is read from the stream as it comes, so a 2 GB video is never whole in
 * memory. Asked for bytes already passed (a retry, or a resumed upload's offset), it opens the stream
 * again and reads forward to them: decrypting is quick, the file stays sealed at rest.
 */
export interface SliceResult {
  readonly value: Blob;
  readonly done: boolean;
}

export interface StreamFileSource {
  readonly size: number;
  slice(start: number, end: number): Promise<SliceResult>;
  close(): void;
}

export function streamFileSource(open: () => ReadableStream<Uint8Array>, size: number): StreamFileSource {
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  /** Where parts[0] starts in the file. */
  let position = 0;
  let parts: Uint8Array[] = [];
  const buffered = () => parts.reduce((n, part) => n + part.length, 0);

  const restart = (): ReadableStreamDefaultReader<Uint8Array> => {
    void reader?.cancel().catch(() => undefined);
    const fresh = open().getReader();
    reader = fresh;
    position = 0;
    parts = [];
    return fresh;
  };
  /** Lets go of every byte before `start`. */
  const dropBefore = (start: number) => {
    while (parts[0] && position + parts[0].length <= start) {
      position += parts[0].length;
      parts.shift();
    }
    const first = parts[0];
    if (first && position < start) {
      parts[0] = first.subarray(start - position);
      position = start;
    }
  };

  return {
    size,
    async slice(start, end) {
      const stop = Math.min(end, size);
      const from = !reader || start < position ? restart() : reader;
      let ended = false;
      while (!ended && position + buffered() < stop) {
        dropBefore(start);
        const next = await from.read();
        if (next.done) ended = true;
        else parts.push(next.value);
      }
      dropBefore(start);
      const out = new Uint8Array(Math.max(0, Math.min(stop, position + buffered()) - start));
      let offset = 0;
      for (const part of parts) {
        if (offset >= out.length) break;
        const piece = part.subarray(0, out.length - offset);
        out.set(piece, offset);
        offset += piece.length;
      }
      return { value: new Blob([out]), done: start + out.length >= size };
    },
    close() {
      void reader?.cancel().catch(() => undefined);
      reader = null;
      parts = [];
    },
  };
}
