/** How the domain cleans what people type: NFC (Korean typed on a Mac arrives decomposed), and nothing more. */

/** One line: NFC, whitespace (line breaks too) collapsed, trimmed. */
export const oneLine = (s: string | undefined): string => (s ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();

/** Paragraphs kept: NFC, line endings as \n, trailing spaces and blank edges removed. */
export const multiLine = (s: string | undefined): string =>
  (s ?? '').normalize('NFC').replace(/\r\n?/gu, '\n').replace(/[ \t]+$/gmu, '').trim();
