import path from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the report in a browser bundle', () => {
  it('is split off behind import(), uses pdfkit’s browser build, and never evaluates strings as code', async () => {
    const result = await esbuild.build({
      stdin: { contents: "export const makeReport = () => import('./report-pdf.js');", resolveDir: import.meta.dirname, loader: 'ts' },
      bundle: true, splitting: true, format: 'esm', platform: 'browser', minify: true, write: false, metafile: true,
      outdir: path.join(import.meta.dirname, 'out'), target: ['chrome100', 'safari15', 'firefox100'], logLevel: 'silent',
    });
    const outputs = result.outputFiles.map((file) => ({ name: path.basename(file.path), bytes: file.contents.length, text: file.text }));
    // The page's own script stays tiny; pdfkit, fontkit and the report arrive only when asked for.
    const entry = outputs.find((file) => file.name === 'stdin.js');
    expect(entry?.bytes).toBeLessThan(500);
    expect(entry?.text).toMatch(/import\("\.\/report-pdf-\w+\.js"\)/u);
    expect(outputs.find((file) => file.name.startsWith('report-pdf-'))?.bytes).toBeGreaterThan(300_000);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((file) => file.endsWith('pdfkit/js/pdfkit.browser.mjs'))).toBe(true);
    expect(inputs.some((file) => /pdfkit\.(node\.mjs|js)$|\bnode:/u.test(file))).toBe(false);
    // The site's CSP is script-src 'self': no eval, no new Function.
    for (const { text } of outputs) expect(text).not.toMatch(/\beval\(|\bnew Function\(|[^.\w]Function\(/u);
  });
});
