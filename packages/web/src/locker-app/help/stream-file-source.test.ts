import { describe, expect, it } from 'vitest';
import { streamFileSource } from './stream-file-source.js';

const file = new Uint8Array(10_000).map((_, i) => (i * 7) % 256);
/** A stream of the file in uneven parts, counting how often it was opened. */
function opener(partBytes: number) {
  const opened = { count: 0 };
  const open = () => {
    opened.count += 1;
    let at = 0;
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= file.length) return controller.close();
        controller.enqueue(file.slice(at, at + partBytes));
        at += partBytes;
      },
    });
  };
  return { open, opened };
}
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('a tus file source over the locker’s stream', () => {
  it('gives slices in order, reading the stream once', async () => {
    const { open, opened } = opener(1024);
    const source = streamFileSource(open, file.length);
    const got: number[] = [];
    for (let start = 0; ; start += 3000) {
      const { value, done } = await source.slice(start, start + 3000);
      got.push(...(await bytesOf(value)));
      if (done) break;
    }
    expect(new Uint8Array(got)).toEqual(file);
    expect(opened.count).toBe(1);
  });

  it('starts at a resumed upload’s offset and goes back for a retried slice', async () => {
    const { open, opened } = opener(700);
    const source = streamFileSource(open, file.length);
    expect(await bytesOf((await source.slice(4000, 6000)).value)).toEqual(file.slice(4000, 6000));
    expect(await bytesOf((await source.slice(6000, 8000)).value)).toEqual(file.slice(6000, 8000));
    // The same slice again (a failed PATCH) is still at hand; an earlier one reopens the stream.
    expect(await bytesOf((await source.slice(6000, 8000)).value)).toEqual(file.slice(6000, 8000));
    expect(opened.count).toBe(1);
    expect(await bytesOf((await source.slice(2000, 3000)).value)).toEqual(file.slice(2000, 3000));
    expect(opened.count).toBe(2);
    const last = await source.slice(9000, 20_000);
    expect(await bytesOf(last.value)).toEqual(file.slice(9000));
    expect(last.done).toBe(true);
    source.close();
  });
});
