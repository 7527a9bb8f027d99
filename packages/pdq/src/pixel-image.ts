/**
 * Decoded pixels as the hasher takes them: 8 bits per sample, rows top to bottom, samples interleaved.
 * Channels: 1 = grey, 2 = grey + alpha, 3 = RGB, 4 = RGBA. Alpha is ignored, never composited.
 * A canvas `ImageData` (RGBA, Uint8ClampedArray) and sharp's `raw()` output both fit as they are.
 */
export interface PixelImage {
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 2 | 3 | 4;
  readonly data: Uint8Array | Uint8ClampedArray;
}

/** The pixels handed to the hasher do not describe an image. */
export class PdqInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdqInputError';
  }
}

function checkDimension(name: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new PdqInputError(`The image ${name} must be a whole number of pixels, 0 or more; it is ${String(value)}`);
  }
}

/**
 * Throws a PdqInputError unless the image is well formed. A zero width or height is well formed
 * (with empty data): it hashes to the all-zero hash with quality 0.
 */
export function assertPixelImage(image: PixelImage): void {
  if (typeof image !== 'object' || image === null) throw new PdqInputError('The image must be an object');
  checkDimension('width', image.width);
  checkDimension('height', image.height);
  const { channels, data } = image;
  if (channels !== 1 && channels !== 2 && channels !== 3 && channels !== 4) {
    throw new PdqInputError(`The image must have 1, 2, 3 or 4 channels; it has ${String(channels)}`);
  }
  if (!(data instanceof Uint8Array || data instanceof Uint8ClampedArray)) {
    throw new PdqInputError('The image data must be a Uint8Array or Uint8ClampedArray of 8-bit samples');
  }
  const expected = image.width * image.height * channels;
  if (data.length !== expected) {
    throw new PdqInputError(
      `The image data must hold width × height × channels = ${image.width} × ${image.height} × ${channels} = ` +
        `${expected} bytes; it holds ${data.length}`,
    );
  }
}
