import { describe, expect, it } from 'vitest';
import { buildDeletionLetter } from './deletion-letter.js';
import { koreanService, LONG_URL, manyUrls } from '../../test/letter-fixtures.js';
import { MailtoAddressError, mailtoHref, MAILTO_SAFE_LENGTH } from './mailto.js';

function parse(href: string): { to: string; subject: string; body: string } {
  expect(href.startsWith('mailto:')).toBe(true);
  const [to = '', query = ''] = href.slice('mailto:'.length).split('?');
  const params = new Map(query.split('&').map((pair) => {
    const [key = '', value = ''] = pair.split('=');
    return [key, decodeURIComponent(value)] as const;
  }));
  expect([...params.keys()]).toEqual(['subject', 'body']);
  return { to: decodeURIComponent(to), subject: params.get('subject') ?? '', body: params.get('body') ?? '' };
}

describe('mailto links', () => {
  const letter = buildDeletionLetter(koreanService({ requester: { name: '김지킴', contact: 'me+jikim@example.com' } }));

  it('round-trips: decoding gives back the subject and the body with CRLF line breaks', () => {
    const { href } = mailtoHref('help@example.com', letter);
    const back = parse(href);
    expect(back.to).toBe('help@example.com');
    expect(back.subject).toBe(letter.subject);
    expect(back.body).toBe(letter.body.replaceAll('\n', '\r\n'));
  });

  it('percent-encodes as RFC 6068 asks: no raw spaces, line breaks, &, = or + in the values', () => {
    const { href } = mailtoHref('help@example.com', letter);
    expect(href).toContain('%0D%0A');
    expect(href).not.toMatch(/[\s]/u);
    const query = href.slice(href.indexOf('?') + 1);
    expect(query.match(/&/gu)).toHaveLength(1);
    expect(query.match(/=/gu)).toHaveLength(2);
    expect(query).not.toContain('+');
    expect(query).toContain('me%2Bjikim%40example.com');
    expect(query).toContain('page%3D1%26sort%3Dnew');
  });

  it('encodes a Korean address: local part as UTF-8, domain as punycode', () => {
    const { href } = mailtoHref('도움@예시.한국', letter);
    const to = href.slice('mailto:'.length, href.indexOf('?'));
    expect(to).toBe(`${encodeURIComponent('도움')}@xn--vv4b11d.xn--3e0b707e`);
    expect(decodeURIComponent(to.split('@')[0] ?? '')).toBe('도움');
  });

  it('allows no address, for the person to fill in', () => {
    expect(mailtoHref('  ', letter).href.startsWith('mailto:?subject=')).toBe(true);
  });

  it.each([['help'], ['@example.com'], ['a@b.com, c@d.com'], ['a b@example.com'], ['me@[::1]'], ['me@exa mple.com']])('refuses the address %j', (to) => {
    expect(() => mailtoHref(to, letter)).toThrow(MailtoAddressError);
  });

  it('says when the link is too long for mail clients, so the page can offer copying instead', () => {
    const short = mailtoHref('help@example.com', buildDeletionLetter(koreanService({ locale: 'en', evidence: [] })));
    expect(short.length).toBe(short.href.length);
    const long = mailtoHref('help@example.com', buildDeletionLetter(koreanService({ urls: manyUrls(50) })));
    expect(long.fitsMailClients).toBe(false);
    expect(long.length).toBeGreaterThan(MAILTO_SAFE_LENGTH);
    const huge = mailtoHref('help@example.com', buildDeletionLetter(koreanService({ urls: [LONG_URL] })));
    expect(huge.fitsMailClients).toBe(false);
    expect(parse(huge.href).body).toContain(LONG_URL);
  });
});
