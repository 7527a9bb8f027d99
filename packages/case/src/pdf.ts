/**
 * `@jikim/case/pdf`: the PDF documents (the evidence report, a deletion letter, the complaint),
 * made with pdfkit in the browser or in Node. Import it only when a PDF is made: it loads pdfkit.
 */
export { buildReportPdf, type ReportInput } from './pdf/report-pdf.js';
export { buildLetterPdf } from './pdf/letter-pdf.js';
export { buildComplaintPdf } from './pdf/complaint-pdf.js';
