/**
 * The complaint (고소장) as editable plain text: first a note to the person (consult before
 * filing; not part of the complaint), then the complaint in the sections of the police's standard
 * form. The English is a rendering for reference and says so. Jikim files nothing; the person
 * checks, corrects, prints, signs and takes it to the police.
 */
import type { ComplaintDocument } from './complaint-document.js';
import { complaintDocument } from './complaint-document.js';
import type { ComplaintInput } from './complaint-input.js';
import type { ComplaintLocale } from './complaint-text.js';
import { consultFirstNotice } from './consult-first.js';


const RULE = '─'.repeat(40);

/** Continuation lines of a numbered or labelled paragraph, indented under its first line. */
const indent = (text: string, by: string) => text.split('\n').join(`\n${by}`);

function sectionLines(doc: ComplaintDocument): string[] {
  return doc.sections.flatMap((section) => [
    section.heading,
    ...section.blocks.flatMap((block) => {
      switch (block.kind) {
        case 'rows':
          return block.rows.map((row) => indent(`${row.label}: ${row.value}`.trimEnd(), '  '));
        case 'paragraphs':
          return block.paragraphs.map((p) => (block.note ? `※ ${p}` : indent(p, '   ')));
        case 'evidence':
          return block.entries.flatMap((e) => [`- ${e.label}`, ...e.lines.map((line) => `  ${line}`)]);
      }
    }),
    '',
  ]);
}

/** The draft as plain text the person can edit; ends with a newline. */
export function buildComplaintText(input: ComplaintInput, locale: ComplaintLocale): string {
  const doc = complaintDocument(input, locale);
  const { t } = doc;
  return [
    t.noticeHeading,
    consultFirstNotice(locale),
    RULE,
    '',
    ...(t.banner ? [t.banner, ...(t.asWritten ? [t.asWritten] : []), ''] : []),
    t.title,
    '',
    ...sectionLines(doc),
    doc.date,
    '',
    doc.signature,
    '',
    doc.addressee,
    '',
  ].join('\n');
}
