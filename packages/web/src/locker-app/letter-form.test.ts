import { describe, expect, it } from 'vitest';
import { defaultRespondBy, typedUrls } from './letter-form.js';

describe('the letter form', () => {
  it('asks for an answer a week after today in Korea, whatever the device’s zone', () => {
    // 08:30 on 28 November in Korea is still 27 November in UTC.
    expect(defaultRespondBy(new Date('2026-11-27T23:30:00Z'))).toBe('2026-12-05');
    expect(defaultRespondBy(new Date('2026-11-28T14:59:00Z'))).toBe('2026-12-05');
  });

  it('takes typed addresses one a line, web addresses only', () => {
    expect(typedUrls(' https://a.example/1 \nnot a url\r\nHTTP://B.EXAMPLE/2\n')).toEqual(['https://a.example/1', 'HTTP://B.EXAMPLE/2']);
  });
});
