import { describe, expect, it } from 'vitest';
import { parseBulkUrls } from './bulk-urls.js';
import { sameWebPage, TAKEDOWN_URL_MAX_CHARS, webPageKey } from './web-page-key.js';

describe('parseBulkUrls', () => {
  it('reads one address a line, numbering the pasted lines and skipping empty ones', () => {
    const lines = parseBulkUrls('https://a.example/1\n\n  https://b.example/2?x=1  \r\nhttp://c.example/3');
    expect(lines).toEqual([
      { line: 1, text: 'https://a.example/1', url: 'https://a.example/1' },
      { line: 3, text: 'https://b.example/2?x=1', url: 'https://b.example/2?x=1' },
      { line: 4, text: 'http://c.example/3', url: 'http://c.example/3' },
    ]);
  });

  it('keeps a 3,000-character address whole and flags one over the limit', () => {
    const long = `https://a.example/${'p'.repeat(3_000 - 18)}`;
    const tooLong = `https://b.example/${'q'.repeat(TAKEDOWN_URL_MAX_CHARS)}`;
    const [ok, over] = parseBulkUrls(`${long}\n${tooLong}`);
    expect(long).toHaveLength(3_000);
    expect(ok).toEqual({ line: 1, text: long.slice(0, 200), url: long });
    expect(over).toEqual({ line: 2, text: tooLong.slice(0, 200), problem: 'too_long' });
  });

  it('shows javascript:, ftp: and a bare word as not web addresses', () => {
    expect(parseBulkUrls('javascript:alert(1)\nftp://files.example/a\nhello\nhttps://ok.example/')).toEqual([
      { line: 1, text: 'javascript:alert(1)', problem: 'not_web' },
      { line: 2, text: 'ftp://files.example/a', problem: 'not_web' },
      { line: 3, text: 'hello', problem: 'not_web' },
      { line: 4, text: 'https://ok.example/', url: 'https://ok.example/' },
    ]);
  });

  it('reads a CSV sheet: header skipped, quoted cells with commas, the address in any column, several a row', () => {
    const csv = [
      'found on,site,"address, as seen",note',
      '2026-11-01,naver,https://blog.naver.com/a/1,"first, seen by the person"',
      '"2026-11-02","x","https://x.com/u/status/2?s=1,2",',
      '2026-11-03,two,https://a.example/p,https://b.example/q',
      '2026-11-04,odd,ftp://files.example/z,',
    ].join('\n');
    expect(parseBulkUrls(csv)).toEqual([
      { line: 2, text: 'https://blog.naver.com/a/1', url: 'https://blog.naver.com/a/1' },
      { line: 3, text: 'https://x.com/u/status/2?s=1,2', url: 'https://x.com/u/status/2?s=1,2' },
      { line: 4, text: 'https://a.example/p', url: 'https://a.example/p' },
      { line: 4, text: 'https://b.example/q', url: 'https://b.example/q' },
      { line: 5, text: 'ftp://files.example/z', problem: 'not_web' },
    ]);
  });

  it('reads a TSV sheet', () => {
    expect(parseBulkUrls('date\turl\n2026-11-01\thttps://t.me/c/1')).toEqual([{ line: 2, text: 'https://t.me/c/1', url: 'https://t.me/c/1' }]);
  });

  it('keeps a plain address with a comma whole', () => {
    expect(parseBulkUrls('https://a.example/x,y')).toEqual([{ line: 1, text: 'https://a.example/x,y', url: 'https://a.example/x,y' }]);
  });

  it('flags the same page again across case, fragment, default port and IDN, keeping the first', () => {
    const lines = parseBulkUrls([
      'https://Example.COM/Path?q=1',
      'HTTPS://example.com:443/Path?q=1#top',
      'https://example.com/path?q=1',
      'https://한국.kr/x',
      'https://xn--3e0b707e.kr/x',
    ].join('\n'));
    expect(lines.map((l) => [l.line, l.problem, l.duplicateOf])).toEqual([
      [1, undefined, undefined],
      [2, 'duplicate', 1],
      [3, undefined, undefined],
      [4, undefined, undefined],
      [5, 'duplicate', 4],
    ]);
    expect(lines[1]?.url).toBe('HTTPS://example.com:443/Path?q=1#top');
  });
});

describe('webPageKey', () => {
  it('lower-cases scheme and host, drops the fragment and default port, keeps path and query as given', () => {
    expect(webPageKey('HTTP://WWW.Example.com:80/A%2fb?Q=Z#frag')).toBe('http://www.example.com/A%2fb?Q=Z');
    expect(webPageKey('https://example.com:8443')).toBe('https://example.com:8443/');
    expect(webPageKey('https://example.com?x')).toBe('https://example.com/?x');
    expect(webPageKey('ftp://example.com/')).toBeNull();
    expect(webPageKey('not a url')).toBeNull();
  });

  it('tells pages apart by path case and query', () => {
    expect(sameWebPage('https://a.example/X', 'https://a.example/x')).toBe(false);
    expect(sameWebPage('https://a.example/x?1', 'https://a.example/x?2')).toBe(false);
    expect(sameWebPage('https://한국.kr/x', 'https://xn--3e0b707e.kr/x#a')).toBe(true);
  });
});
