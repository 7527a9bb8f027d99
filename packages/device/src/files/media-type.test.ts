import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffMediaType } from './media-type.js';

const vectors = new URL('../../../../../shared/pdq-vectors/', import.meta.url);
const hasVectors = fs.existsSync(vectors);
if (!hasVectors && process.env.CI === 'true') throw new Error('../shared/pdq-vectors is required under CI=true');

describe('sniffMediaType', () => {
  it.skipIf(!hasVectors)('reads the type from the bytes and flags an extension that lies', async () => {
    const jpeg = new Blob([fs.readFileSync(new URL('images/misc-images/b.jpg', vectors))]);
    expect(await sniffMediaType(jpeg, 'photo.JPG')).toEqual({ mediaType: 'image/jpeg', extension: 'jpg', extensionMismatch: false });
    expect(await sniffMediaType(jpeg, '문서.pdf')).toMatchObject({ mediaType: 'image/jpeg', extensionMismatch: true });
    const mp4 = new Blob([fs.readFileSync(new URL('video/sample-videos/doorknob-hd-no-bar.mp4', vectors))]);
    expect(await sniffMediaType(mp4, 'clip.mp4')).toMatchObject({ mediaType: 'video/mp4', extensionMismatch: false });
  });

  it('says "unknown" for bytes without a signature, and "empty" for zero bytes, whatever the name', async () => {
    expect(await sniffMediaType(new Blob(['협박 문자 내용']), 'screenshot.png')).toEqual({ mediaType: 'application/octet-stream', extension: undefined, extensionMismatch: false });
    expect((await sniffMediaType(new Blob([]), 'video.mp4')).mediaType).toBe('application/x-empty');
  });
});
