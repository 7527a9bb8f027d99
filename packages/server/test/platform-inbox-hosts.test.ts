/**
 * How the inbox compares hosts (issue 14): a target's host and its parent domains of two labels or
 * more, an IP address alone; registered names checked and written one way.
 */
import { describe, expect, it } from 'vitest';
import { checkedDomain, hostAndParents } from '../src/platform/inbox/inbox-hosts.js';

describe('inbox hosts', () => {
  it.each([
    ['https://a.m.Example.com./p?q=1', ['a.m.example.com', 'm.example.com', 'example.com']],
    ['https://www.example.co.kr/x', ['www.example.co.kr', 'example.co.kr', 'co.kr']],
    ['https://예시.kr/사진', ['xn--vv4b11d.kr']],
    ['http://192.0.2.7:8080/x', ['192.0.2.7']],
    ['http://[2001:db8::1]/x', ['[2001:db8::1]']],
    ['http://localhost/x', ['localhost']],
  ])('%s is found by %j', (url, names) => {
    expect(hostAndParents(url)).toEqual(names);
  });

  it.each([
    ['Example.COM', 'example.com'], [' m.example.com. ', 'm.example.com'], ['예시.KR', 'xn--vv4b11d.kr'], ['xn--vv4b11d.kr', 'xn--vv4b11d.kr'],
    ['example', null], ['https://example.com', null], ['example.com/p', null], ['user@example.com', null], ['example.com:443', null],
    ['192.0.2.7', null], ['[2001:db8::1]', null], ['-a.example.com', null], ['a_b.example.com', null], ['example.123', null], ['', null],
  ])('registers %j as %j', (input, stored) => {
    expect(checkedDomain(input)).toBe(stored);
  });
});
