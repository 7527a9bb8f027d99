/**
 * Makes a stored text safe to typeset with the report font. Korean entered on a Mac may be
 * decomposed (NFD) jamo, which the font draws only when composed, so every text is NFC-normalised.
 * Characters the font has no glyph for (emoji, right-to-left scripts, Hanja) would print as empty
 * boxes; they are written as their code points instead, `[U+1F622]`, so nothing is silently lost.
 */
export type HasGlyph = (codePoint: number) => boolean;

const hex = (codePoint: number): string => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

export function printableText(text: string, hasGlyph: HasGlyph): string {
  const normal = text.normalize('NFC').replace(/\r\n?/gu, '\n').replace(/\t/gu, '    ');
  let out = '';
  let missing: string[] = [];
  const flush = () => {
    if (missing.length) out += `[${missing.join(' ')}]`;
    missing = [];
  };
  for (const char of normal) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (char === '\n' || char === ' ' || hasGlyph(codePoint)) {
      flush();
      out += char;
    } else {
      missing.push(hex(codePoint));
    }
  }
  flush();
  return out;
}
