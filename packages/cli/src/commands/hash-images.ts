/**
 * `jikim hash` for images. Files are decoded a few at a time: sharp decodes on libuv's threads while
 * this thread hashes the file decoded before, so a batch keeps both cores busy. Lines still come out
 * in the order the files were named.
 */
import { displayJson, shown } from '@jikim/evidence/display-text';
import { hashImageFile, hashImageFileDihedral, type DecodeOptions } from '@jikim/media/image';
import { formatPdqHex } from '@jikim/pdq';
import type { Io } from './io.js';

/**
 * Files being decoded at once. Each holds its pixels until hashed (a 12-megapixel photo 36 MB, the
 * 64-megapixel limit up to 256 MB), so memory grows with this; two is what two cores can use.
 */
export const DECODES_IN_FLIGHT = 2;

export interface HashImagesOptions {
  readonly orientation: NonNullable<DecodeOptions['orientation']>;
  readonly dihedral: boolean;
  readonly json: boolean;
}

type Outcome = { readonly line: string } | { readonly error: unknown };

async function hashLine(file: string, options: HashImagesOptions): Promise<string> {
  const decode = { orientation: options.orientation } as const;
  if (options.dihedral) {
    const { hashes, quality } = await hashImageFileDihedral(file, decode);
    const names = Object.keys(hashes);
    const hex = Object.values(hashes).map(formatPdqHex);
    return options.json
      ? `${displayJson({ file, dihedral: Object.fromEntries(names.map((k, i) => [k, hex[i]])), quality })}\n`
      : shown`${hex.join(',')},${quality},${file}\n`;
  }
  const { hash, quality } = await hashImageFile(file, decode);
  return options.json ? `${displayJson({ file, hash: formatPdqHex(hash), quality })}\n` : shown`${formatPdqHex(hash)},${quality},${file}\n`;
}

/** Prints one line per file, in order; returns whether any file failed. */
export async function hashImages(files: readonly string[], options: HashImagesOptions, io: Io): Promise<boolean> {
  const pending: Promise<Outcome>[] = [];
  let next = 0;
  // Settled into an Outcome at once, so a file that fails while an earlier one is awaited is not an unhandled rejection.
  const startNext = () => {
    const file = files[next++] ?? '';
    pending.push(hashLine(file, options).then((line) => ({ line }), (error: unknown) => ({ error })));
  };
  while (next < files.length && pending.length < DECODES_IN_FLIGHT) startNext();

  let failed = false;
  for (const file of files) {
    const outcome = await (pending.shift() as Promise<Outcome>);
    if (next < files.length) startNext();
    if ('line' in outcome) {
      io.out(outcome.line);
    } else {
      failed = true;
      const reason = outcome.error instanceof Error ? outcome.error.message : 'unknown error';
      // The name and the reason (a decoder's words about the file) come from input.
      io.err('jikim: could not decode ' + shown`"${file}": ${reason}\n`);
    }
  }
  return failed;
}
