/**
 * CMYK to RGB the way Meta's reference pdq-photo-hasher sees a CMYK image. The reference (CImg
 * built without libjpeg) has ImageMagick's `convert FILE pnm:-` decode every file, and ImageMagick
 * turns CMYK into RGB with the plain formula R = (1 − C)(1 − K), G = (1 − M)(1 − K),
 * B = (1 − Y)(1 − K): no colour profile, embedded or built in. For JPEG it first inverts every CMYK
 * sample, whether or not the file has an Adobe (APP14) marker, so on the bytes libjpeg returns this
 * is R = c·k / 255.
 *
 * `samples` are ink amounts (0 = no ink), as sharp returns them with
 * `pipelineColourspace('cmyk').toColourspace('cmyk')`: libvips, too, inverts every CMYK JPEG, with
 * or without the Adobe marker, and reads CMYK TIFF as stored. The result is what the reference hashes,
 * byte for byte: ImageMagick's Q16 arithmetic, scaled back to 8 bits, rounds (255 − C)(255 − K) / 255
 * to the nearest integer for every one of the 65,536 (C, K) pairs.
 */
export function cmykToRgb(samples: Uint8Array, pixelCount: number, channels: number): Uint8Array {
  if (channels < 4) throw new RangeError(`CMYK needs at least 4 channels, not ${channels}`);
  if (samples.length < pixelCount * channels) throw new RangeError('Too few CMYK samples for the pixel count');
  const rgb = new Uint8Array(pixelCount * 3);
  for (let i = 0, s = 0, d = 0; i < pixelCount; i += 1, s += channels, d += 3) {
    const white = 255 - (samples[s + 3] ?? 0);
    rgb[d] = inkToLight(samples[s] ?? 0, white);
    rgb[d + 1] = inkToLight(samples[s + 1] ?? 0, white);
    rgb[d + 2] = inkToLight(samples[s + 2] ?? 0, white);
  }
  return rgb;
}

/** round((255 − ink) · white / 255), in integers (an exact half never occurs). */
function inkToLight(ink: number, white: number): number {
  return Math.floor(((255 - ink) * white + 127) / 255);
}
