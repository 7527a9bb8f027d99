import { describe, expect, it } from 'vitest';
import { fileTypeOf } from './file-type.js';

describe('fileTypeOf', () => {
  it.each([
    ['image/jpeg', 'photo'], ['image/png', 'photo'], ['image/heic', 'photo'], ['video/mp4', 'video'], ['video/quicktime', 'video'],
    ['audio/mp4', 'recording'], ['audio/x-m4a', 'recording'], ['audio/amr', 'recording'], ['application/pdf', 'pdf'],
    ['text/plain', 'other'], ['application/octet-stream', 'other'], ['application/x-empty', 'other'],
  ])('%s is a %s', (mediaType, type) => {
    expect(fileTypeOf(mediaType)).toBe(type);
  });
});
