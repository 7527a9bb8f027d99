import { describe, expect, it } from 'vitest';
import { wrapText } from './line-breaks.js';

// Every character 10 points wide; the width below leaves room for 8 characters (80 − 1 to spare).
const measure = (text: string) => [...text].length * 10;

describe('wrapText', () => {
  it('breaks Korean between words, never inside one', () => {
    expect(wrapText(measure, '증거를 모아 경찰에 제출합니다', 80)).toBe('증거를 모아\n경찰에\n제출합니다');
  });

  it('keeps the newlines it is given and drops spaces where a line ends', () => {
    expect(wrapText(measure, 'abc   defgh\nxy', 80)).toBe('abc\ndefgh\nxy');
  });

  it('breaks a word wider than the column between characters', () => {
    expect(wrapText(measure, `see ${'a'.repeat(18)} ok`, 80)).toBe('see\naaaaaaa\naaaaaaa\naaaa ok');
  });

  it('leaves text that fits alone', () => {
    expect(wrapText(measure, '짧은 글', 80)).toBe('짧은 글');
  });
});
