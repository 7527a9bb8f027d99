/**
 * Line breaks for the report, decided here rather than by pdfkit. Korean is broken between words
 * (at spaces), as Korean documents are set, not between any two syllables as Unicode's default
 * rules allow. A word too wide for its column (a 3,000-character URL, a hash, letters with no
 * space) is broken between characters; pdfkit would do that by laying out ever longer prefixes of
 * the word, which takes over a second for one long URL.
 */
export type Measure = (text: string) => number;

function breakWord(measure: Measure, word: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const char of word) {
    const advance = measure(char);
    if (line && used + advance > width) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += char;
    used += advance;
  }
  return [...lines, line];
}

function wrapParagraph(measure: Measure, paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const token of paragraph.split(/( +)/u)) {
    if (!token) continue;
    const advance = measure(token);
    if (used + advance <= width) {
      line += token;
      used += advance;
    } else if (token.startsWith(' ')) {
      // Spaces where a line ends are dropped.
      lines.push(line);
      line = '';
      used = 0;
    } else {
      if (line.trim()) lines.push(line.trimEnd());
      const pieces = advance <= width ? [token] : breakWord(measure, token, width);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
      used = measure(line);
    }
  }
  return [...lines, line];
}

/**
 * The text with a newline wherever a line must end to fit `width`, measured with `measure` (the
 * font and size it will be drawn in). A point is kept to spare for kerning and rounding.
 */
export function wrapText(measure: Measure, text: string, width: number): string {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(measure, paragraph, width - 1)).join('\n');
}
