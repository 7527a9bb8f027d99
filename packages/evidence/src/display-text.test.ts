import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayJson, displayText, hasUnsafeDisplayCharacters, shown } from './display-text.js';

const RAW = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
// Strings of any UTF-16 code units, lone surrogates and astral characters included.
const anyText = fc.string({ unit: 'binary' });

describe('displayText', () => {
  it.each([
    ['\x1b[2J\x1b[H', '\\x1b[2J\\x1b[H'],
    ['a\nb\rc\td', 'a\\nb\\rc\\td'],
    ['\x00\x07\x7f', '\\x00\\x07\\x7f'],
    ['\u009b31m', '\\x9b31m'],
    ['evil\u202egpj.exe', 'evil\\u202egpj.exe'],
    ['\u2066\u2067\u2068\u2069\u200e\u200f\u061c', '\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c'],
    ['a\u200bb\u00adc\ufeff', 'a\\u200bb\\xadc\\ufeff'],
    ['line\u2028para\u2029', 'line\\u2028para\\u2029'],
    ['lone \ud800 and \udfff', 'lone \\ud800 and \\udfff'],
    ['tag \u{e0041}', 'tag \\u{e0041}'],
  ])('escapes %j', (input, output) => {
    expect(displayText(input)).toBe(output);
    expect(hasUnsafeDisplayCharacters(input)).toBe(true);
  });

  it('keeps Korean (NFC and NFD), emoji, Arabic and plain text as they are', () => {
    for (const text of ['증거 사진 2024.jpg', '증거'.normalize('NFD'), '😢 👍🏽', 'النص العربي', 'files/001-a b (1).jpg', 'C:\\x']) {
      expect(displayText(text)).toBe(text);
      expect(hasUnsafeDisplayCharacters(text)).toBe(false);
    }
  });

  it('leaves nothing raw, and escaping twice changes nothing', () => {
    fc.assert(fc.property(anyText, (text) => {
      const once = displayText(text);
      expect(RAW.test(once)).toBe(false);
      expect(displayText(once)).toBe(once);
    }), { numRuns: 2000 });
  });

  it('shown escapes what is interpolated and keeps its own words and newlines', () => {
    expect(shown`OK  ${'a\x1b[2Jb'}\n`).toBe('OK  a\\x1b[2Jb\n');
    expect(shown`${1} of ${2}`).toBe('1 of 2');
  });
});

describe('displayJson', () => {
  it('writes every unsafe character as a \\u escape and parses back to the same value', () => {
    fc.assert(fc.property(anyText, anyText, (key, value) => {
      const json = displayJson({ [key]: value, list: [value] });
      expect(RAW.test(json)).toBe(false);
      expect(JSON.parse(json)).toEqual({ [key]: value, list: [value] });
    }), { numRuns: 2000 });
    expect(displayJson({ p: 'evil\u202egpj\u009b\u{e0041}' })).toBe('{"p":"evil\\u202egpj\\u009b\\udb40\\udc41"}');
  });
});
