import { describe, expect, it } from 'vitest';
import { formatPin, shortSha256 } from './help-format.js';

describe('how the code, PIN and fingerprints are shown', () => {
  it('shows a PIN in two groups and leaves anything else as it is', () => {
    expect(formatPin('012345')).toBe('012 345');
    expect(formatPin('12345')).toBe('12345');
  });

  it('shortens a SHA-256 to its first 12 hex digits', () => {
    expect(shortSha256('0123456789abcdef'.repeat(4))).toBe('0123456789ab');
  });
});
