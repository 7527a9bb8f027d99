import { pdqDihedral, pdqHash, type PdqResult } from '@jikim/pdq';
import { decodeImageFile, type DecodeOptions } from './decode-image.js';

/** PDQ hash of an image file: decoded with sharp, then hashed exactly as the reference does. */
export async function hashImageFile(path: string, options: DecodeOptions = {}): Promise<PdqResult> {
  return pdqHash(await decodeImageFile(path, options));
}

export async function hashImageFileDihedral(path: string, options: DecodeOptions = {}) {
  return pdqDihedral(await decodeImageFile(path, options));
}
