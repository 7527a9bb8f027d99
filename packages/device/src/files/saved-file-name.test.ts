import { describe, expect, it } from 'vitest';
import { bundleFileName, extensionOf, savedFileName } from './download.js';

describe('names of files saved outside the locker', () => {
  const at = new Date(2026, 11, 2, 9, 5);
  it('say nothing of what they are: no "jikim", no "evidence", no case reference or original name', () => {
    expect(savedFileName(at, 'pdf')).toBe('document-20261202-0905.pdf');
    expect(bundleFileName(at)).toBe('archive-20261202-0905.zip');
    expect(savedFileName(at, extensionOf('유포된 영상.MP4'))).toBe('file-20261202-0905.mp4');
    for (const name of [savedFileName(at, 'pdf'), bundleFileName(at), savedFileName(at, 'jpg')]) expect(name).not.toMatch(/jikim|evidence|report|complaint/iu);
  });

  it('keep only a short plain extension', () => {
    expect(savedFileName(at, extensionOf('no-extension'))).toBe('file-20261202-0905');
    expect(savedFileName(at, 'x/../../y')).toBe('file-20261202-0905');
    expect(extensionOf('archive.tar.gz')).toBe('gz');
  });
});
