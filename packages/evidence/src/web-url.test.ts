import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { isSha256Hex } from './sha256-hex.js';
import { isWebUrl, webUrl, webUrlSchema } from './web-url.js';

describe('webUrl, the one URL check', () => {
  it.each([
    'https://example.com/post/1?a=1&b=2',
    'HTTP://EXAMPLE.COM',
    'https://한국.example/게시물',
    'http://127.0.0.1:8080/x',
  ])('accepts %s', (url) => expect(isWebUrl(url)).toBe(true));

  it.each([
    ['', 'empty'],
    ['example.com/post', 'no scheme'],
    ['http:example.com', 'no //'],
    ['https:/example.com', 'one /'],
    ['ftp://example.com/file', 'another scheme'],
    ['javascript:alert(1)', 'script'],
    ['https://', 'no host'],
    ['https://exa mple.com', 'a space in the host'],
  ])('refuses %j (%s)', (url) => expect(webUrl(url)).toBeNull());

  it('keeps the URL as written, trimmed and without tabs and line breaks', () => {
    expect(webUrl('  https://example.com/A%20B?x=1#top \n')).toBe('https://example.com/A%20B?x=1#top');
    expect(webUrl('https://exa\nmple.com/\tpath')).toBe('https://example.com/path');
  });

  it('agrees with zod’s http(s) URL check on every case above', () => {
    const zodUrl = z.url({ protocol: /^https?$/u });
    for (const url of ['https://example.com/post/1', 'HTTP://EXAMPLE.COM', 'http:example.com', 'https:/example.com', 'ftp://x', 'https://', ' https://example.com ']) {
      const ours = webUrlSchema(8192).safeParse(url);
      const theirs = zodUrl.safeParse(url);
      expect(ours.success, url).toBe(theirs.success);
      if (ours.success && theirs.success) expect(ours.data).toBe(theirs.data);
    }
  });

  it('limits the length', () => {
    expect(webUrlSchema(30).safeParse(`https://example.com/${'x'.repeat(20)}`).success).toBe(false);
  });
});

describe('isSha256Hex, the one SHA-256 pattern', () => {
  it('accepts 64 lower-case hex digits only', () => {
    expect(isSha256Hex('0123456789abcdef'.repeat(4))).toBe(true);
    expect(isSha256Hex('0123456789ABCDEF'.repeat(4))).toBe(false);
    expect(isSha256Hex('a'.repeat(63))).toBe(false);
    expect(isSha256Hex(`${'a'.repeat(64)}\n`)).toBe(false);
  });
});
