/**
 * Text that came from a file (a zip entry's name, a manifest's keys, a parser's error quoting the
 * bytes, a file name) made safe to show. In a terminal, ESC (U+001B) and CSI (U+009B) start commands
 * that can clear the screen and print "OK" over a failure; anywhere, a bidi override (U+202E) turns
 * `evil‮gpj.exe` into what looks like `evilexe.jpg`, and invisible characters hide differences.
 *
 * displayText replaces each such character with a visible escape and keeps everything else
 * (Korean, emoji, right-to-left letters):
 * - C0 controls, DEL and C1 controls as `\xHH` (`\n`, `\r` and `\t` by name);
 * - format characters (bidi controls, zero-width characters, the soft hyphen, tag characters),
 *   the line and paragraph separators U+2028/U+2029, and lone surrogates as `\uHHHH` (`\u{HHHHH}`
 *   above U+FFFF).
 * What it returns holds none of these, so escaping twice changes nothing: a layer that escapes
 * and one above it that escapes again cannot garble the text. A backslash is kept as it is, so
 * `\x1b` in the output may also be those four characters (a name holding a backslash is refused as
 * unsafe anyway).
 *
 * Every place the CLI prints text derived from input goes through this function (or displayJson,
 * for JSON output); the web app shows reports through it too. No Node APIs here.
 */

// Cc: C0, DEL, C1. Cf: format (bidi, zero-width, soft hyphen, tags). Zl/Zp: U+2028/U+2029. Cs: lone surrogates.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

function escapeOne(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.codePointAt(0) ?? 0;
  if (code <= 0xff) return `\\x${hex(code, 2)}`;
  if (code <= 0xffff) return `\\u${hex(code, 4)}`;
  return `\\u{${hex(code, 5)}}`;
}

/** The text with every control, format and separator character and every lone surrogate escaped. */
export function displayText(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** Whether the text holds anything displayText would escape. */
export function hasUnsafeDisplayCharacters(text: string): boolean {
  return new RegExp(UNSAFE.source, 'u').test(text);
}

// What JSON.stringify leaves raw but a terminal or a bidi algorithm acts on (it already escapes C0
// controls and lone surrogates).
const UNSAFE_IN_JSON = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/gu;
// A character above U+FFFF (a tag character) is written as its two surrogates, as JSON requires.
const jsonEscape = (c: string) => Array.from({ length: c.length }, (_, i) => `\\u${hex(c.charCodeAt(i), 4)}`).join('');

/**
 * JSON.stringify, with every character displayText would escape written as a `\uHHHH` escape, so
 * the output is plain to a terminal and parses back to exactly the same value.
 */
export function displayJson(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(UNSAFE_IN_JSON, jsonEscape);
}

/**
 * A template tag: every interpolated value goes through displayText, the literal parts (the
 * program's own words and newlines) are kept. `shown\`OK  ${path}\n\``.
 */
export function shown(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += displayText(String(value)) + (strings[i + 1] ?? '');
  });
  return out;
}
