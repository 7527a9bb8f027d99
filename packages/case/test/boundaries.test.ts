/**
 * The boundary between the case domain, the browser's package and the server holds (decision 0014):
 * no production file imports what its package may not, the lint rules that say so fire, and the
 * domain's tsconfig gives it neither the DOM nor Node, so `document`, `indexedDB` or `Buffer` do
 * not compile there.
 */
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

interface Boundary {
  readonly name: string;
  readonly files: readonly string[];
  readonly ignores: readonly string[];
  readonly packages: readonly string[];
}

const ROOT = path.resolve(import.meta.dirname, '../../..');
const configUrl = pathToFileURL(path.join(ROOT, 'eslint.config.js')).href;
const { PACKAGE_BOUNDARIES } = (await import(configUrl)) as { PACKAGE_BOUNDARIES: readonly Boundary[] };

/** The package folder a boundary is about (`packages/case/src`), and whether it is the domain's core. */
const srcOf = (boundary: Boundary) => path.join(ROOT, (boundary.files[0] ?? '').replace(/\/\*\*.*$|\/pdf\.ts$/u, ''));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/u.test(f) && !/\.test\.tsx?$/u.test(f) && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f));
}

const IMPORT = /(?:^|[^.\w])(?:import|export)\s*(?:type\s+)?(?:[^'"();]*?\bfrom\s*)?\(?\s*['"]([^'"]+)['"]/gu;
const importsOf = (file: string) => [...fs.readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? '');

/** Whether a bare specifier falls under one of the boundary's package patterns. */
function forbiddenPackage(specifier: string, patterns: readonly string[]): boolean {
  const isNode = specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] ?? '');
  return patterns.some((p) => (p === 'node:*' ? isNode : p.endsWith('/*') ? specifier.startsWith(p.slice(0, -1)) : specifier === p));
}

/** A glob of the lint config (`**`, `*`) as a test on a path relative to the repository. */
function glob(pattern: string): (file: string) => boolean {
  const source = pattern.split(/(\*\*\/|\*\*|\*)/u).map((part) => (part === '**/' ? '(?:.*/)?' : part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&'))).join('');
  const re = new RegExp(`^${source}$`, 'u');
  return (file) => re.test(path.relative(ROOT, file).split(path.sep).join('/'));
}
const matchesAny = (patterns: readonly string[]) => {
  const tests = patterns.map(glob);
  return (file: string) => tests.some((test) => test(file));
};

const inCore = (file: string) => file.includes(`${path.sep}case${path.sep}src${path.sep}`) && !/[/\\]src[/\\]pdf([/\\]|\.ts$)/u.test(file);

describe('what each package imports', () => {
  it.each(PACKAGE_BOUNDARIES.map((b) => [b.name, b] as const))('%s imports nothing it may not', (_name, boundary) => {
    const src = srcOf(boundary);
    const included = matchesAny(boundary.files);
    const ignored = matchesAny(boundary.ignores);
    const files = sourceFiles(src).filter((file) => included(file) && !ignored(file));
    expect(files.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of files) {
      for (const specifier of importsOf(file)) {
        const where = `${path.relative(ROOT, file)} imports ${specifier}`;
        if (!specifier.startsWith('.')) {
          if (forbiddenPackage(specifier, boundary.packages)) found.push(where);
          continue;
        }
        const target = path.resolve(path.dirname(file), specifier);
        // Relative imports stay inside the package's own src; the core never reaches into pdf/.
        const home = path.join(ROOT, path.relative(ROOT, src).split(path.sep).slice(0, 3).join(path.sep));
        if (!target.startsWith(home + path.sep)) found.push(where);
        else if (inCore(file) && !inCore(target)) found.push(where);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('the lint rules that enforce it', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const ruleHits = async (filePath: string, text: string) =>
    (await eslint.lintText(text, { filePath }))[0]?.messages.filter((m) => m.ruleId?.startsWith('no-restricted-')).map((m) => m.line) ?? [];

  it('refuse the browser, the UI, Node and pdfkit in the domain, and keep its PDF apart', async () => {
    const probe = [
      "import { LockerStore } from '@jikim/device';",
      "import { Page } from '@jikim/web';",
      "import { useState } from 'react';",
      "import { openDB } from 'idb';",
      "import fs from 'node:fs';",
      "import PDFDocument from 'pdfkit';",
      "import { buildReportPdf } from '../pdf/report-pdf.js';",
      'export const all = [LockerStore, Page, useState, openDB, fs, PDFDocument, buildReportPdf, document.title, Buffer.alloc(1)];',
    ].join('\n');
    expect(await ruleHits('packages/case/src/letters/probe.ts', probe)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 8]);
    expect(await ruleHits('packages/case/src/letters/probe.ts', "import { webUrl } from '@jikim/evidence';\nexport const ok = webUrl;\n")).toEqual([]);
  });

  it('refuse the UI and Node in the device package, and the browser’s code on the server', async () => {
    expect(await ruleHits('packages/device/src/locker/probe.ts', "import { x } from '@jikim/web';\nimport fs from 'node:fs';\nexport const a = [x, fs];\n")).toEqual([1, 2]);
    expect(await ruleHits('packages/server/src/letters/probe.ts', "import { LockerStore } from '@jikim/device';\nimport { x } from '@jikim/web';\nimport { buildDeletionLetter } from '@jikim/case';\nexport const a = [LockerStore, x, buildDeletionLetter];\n")).toEqual([1, 2]);
  });
});

describe('the domain as a browser loads it', () => {
  it('brings neither pdfkit, nor a Node module, nor the browser’s packages: PDFs are @jikim/case/pdf', async () => {
    const result = await esbuild.build({
      stdin: { contents: "export * from '@jikim/case';", resolveDir: ROOT, loader: 'ts' },
      bundle: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((file) => file.includes('case/dist/'))).toBe(true);
    expect(inputs.filter((file) => /pdfkit|fontkit|pretendard|\/pdf(\.js|\/)|^node:|device\/|react|idb/u.test(file))).toEqual([]);
  });
});

describe('the domain’s tsconfig', () => {
  it('has no DOM and no Node: browser-only and Node-only names do not compile there', () => {
    const configFile = path.join(ROOT, 'packages/case/tsconfig.json');
    const parsed = ts.getParsedCommandLineOfConfigFile(configFile, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
    if (!parsed) throw new Error('packages/case/tsconfig.json does not parse');
    const probeFile = path.join(ROOT, 'packages/case/src/boundary-probe.ts');
    const probe = [
      'export const a = document.title;',
      'export const b = indexedDB.open("x");',
      'export const c = window.localStorage;',
      'export const d = new Blob([]);',
      'export const e = Buffer.alloc(1);',
      'export const f = process.env;',
      'export const ok = [new URL("https://example.com").hostname, new Intl.Segmenter("ko")];',
    ].join('\n');
    const host = ts.createCompilerHost(parsed.options);
    const readFile = host.readFile.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (file) => (file === probeFile ? probe : readFile(file));
    host.fileExists = (file) => file === probeFile || ts.sys.fileExists(file);
    host.getSourceFile = (file, language) => (file === probeFile ? ts.createSourceFile(file, probe, language) : getSourceFile(file, language));
    // With the package's own declarations (web-platform.d.ts: URL, which both browsers and Node have).
    const declarations = parsed.fileNames.filter((file) => file.endsWith('.d.ts'));
    const program = ts.createProgram({ rootNames: [probeFile, ...declarations], options: { ...parsed.options, noEmit: true, composite: false, declaration: false }, host });
    const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === probeFile)
      .map((d) => [program.getSourceFile(probeFile)?.getLineAndCharacterOfPosition(d.start ?? 0).line, ts.flattenDiagnosticMessageText(d.messageText, ' ')] as const);
    const lines = errors.map(([line]) => (line ?? -1) + 1);
    expect(new Set(lines), errors.map(([, message]) => message).join('\n')).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });
});
