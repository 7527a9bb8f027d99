/**
 * The hashing worker's work, apart from the worker itself so that it can be tested in Node: MD5 and
 * SHA-256 streamed from the file (hash-wasm, chunk by chunk), PDQ and its dihedral hashes of a
 * photo's pixels as stored (EXIF orientation undone), PDQ of a video frame at its own size.
 */
import { decodeImagePixels, fileDigests } from '@jikim/device';
import { formatPdqHex, pdqDihedral, pdqHash, PDQ_DIHEDRAL_ORDER, vpdqFrameHash, type PixelImage } from '@jikim/pdq';
import type { HashAnswer, HashRequest, PdqValue } from './worker-protocol.js';

export interface HashDeps {
  /** Decodes a photo to the pixels the reference hashes; rejects when the browser cannot. */
  readonly decode: (file: Blob) => Promise<PixelImage>;
}

const DEFAULT_DEPS: HashDeps = { decode: decodeImagePixels };

/** Reading the bytes is most of a photo's time; the pixels and the hashes take the rest. */
const DIGEST_SHARE = 0.6;

/** The original's hash first (as pdqHash gives it), then the other seven in the reference's order. */
export function photoHashes(image: PixelImage): PdqValue[] {
  const own = pdqHash(image);
  const turned = pdqDihedral(image);
  return [
    { hash: formatPdqHex(own.hash), quality: own.quality },
    ...PDQ_DIHEDRAL_ORDER.filter((name) => name !== 'original').map((name) => ({ hash: formatPdqHex(turned.hashes[name]), quality: turned.quality })),
  ];
}

export async function handleHashRequest(
  request: HashRequest,
  onProgress: (fraction: number) => void,
  deps: HashDeps = DEFAULT_DEPS,
): Promise<HashAnswer> {
  switch (request.type) {
    case 'digest': {
      const { md5, sha256 } = await fileDigests(request.file, (read, total) => onProgress(total > 0 ? read / total : 1));
      return { type: 'digest', digests: { md5, sha256 } };
    }
    case 'image': {
      const { md5, sha256 } = await fileDigests(request.file, (read, total) => onProgress(DIGEST_SHARE * (total > 0 ? read / total : 1)));
      let image: PixelImage;
      try {
        image = await deps.decode(request.file);
      } catch {
        // A picture this browser cannot open (HEIC in some browsers, a damaged file): its bytes still identify exact copies.
        return { type: 'image', digests: { md5, sha256 }, pdq: null };
      }
      onProgress(0.8);
      return { type: 'image', digests: { md5, sha256 }, pdq: photoHashes(image) };
    }
    case 'frame': {
      const { hash, quality } = vpdqFrameHash({ width: request.width, height: request.height, channels: 4, data: new Uint8ClampedArray(request.pixels) });
      return { type: 'frame', pdq: { hash: formatPdqHex(hash), quality } };
    }
  }
}
