/**
 * Builds the public site: client scripts bundled and content-hashed, the stylesheet minified and
 * inlined (allowed by its CSP hash), every page prerendered to static HTML, and a manifest the
 * server reads at start-up.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SITE_MANIFEST_FILE, type SiteManifest } from '@jikim/contracts';
import * as esbuild from 'esbuild';
import type { PageAssets } from '../src/components/layout.js';
import type { PageId } from '../src/routes.js';
import { renderNotFound, renderSite } from '../src/site.js';
import { copyReportFonts } from './report-fonts.js';
import { renderConsolePage } from '../src/console-app/console-page.js';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'dist/site');
const QUICK_EXIT_PLACEHOLDER = '__JIKIM_QUICK_EXIT_URL__';

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(out, 'assets'), { recursive: true });

const browsers = ['chrome100', 'safari15', 'firefox100'];
/** What every browser bundle shares: minified, for the browsers above, hashed names in assets/. */
const bundled = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  target: browsers,
  outdir: path.join(out, 'assets'),
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  metafile: true,
  legalComments: 'none',
} as const satisfies esbuild.BuildOptions;
const scripts = await esbuild.build({
  ...bundled,
  entryPoints: { 'quick-exit': 'src/client/quick-exit.ts', 'what-happened': 'src/client/what-happened.ts' },
  format: 'esm',
});

// The bundle check's Web Worker (issue 10): a classic script of its own (module workers are newer
// than the browsers above), served from our origin; its hashed URL is given to the locker's code.
const verifyWorker = await esbuild.build({
  ...bundled,
  entryPoints: { 'verify-worker': '@jikim/device/verify-worker' },
  format: 'iife',
});
const verifyWorkerFile = Object.keys(verifyWorker.metafile.outputs).find((file) => file.endsWith('.js'));
if (!verifyWorkerFile) throw new Error('No bundle for the verify worker');

// The help request's proof of work (decision 0016): altcha's solver as a classic worker of our own
// origin, started by the locker only when a request is sent.
const powWorker = await esbuild.build({
  ...bundled,
  entryPoints: { 'pow-worker': 'altcha-lib/v1/worker' },
  format: 'iife',
});
const powWorkerFile = Object.keys(powWorker.metafile.outputs).find((file) => file.endsWith('.js'));
if (!powWorkerFile) throw new Error('No bundle for the proof-of-work worker');

// The worker that hashes on the device for "Protect my images" (issue 14), on /protect and in the locker.
const protectWorker = await esbuild.build({
  ...bundled,
  entryPoints: { 'protect-worker': 'src/protect-app/hash-worker.ts' },
  format: 'iife',
});
const protectWorkerFile = Object.keys(protectWorker.metafile.outputs).find((file) => file.endsWith('.js'));
if (!protectWorkerFile) throw new Error('No bundle for the protect worker');

// The locker is a React app. Its first load is the create/unlock screens (React, the store and its
// crypto); the open locker is a chunk fetched after the passphrase is typed, and pdfkit, the zip
// writer and reader are chunks fetched only when a PDF or a bundle is made (decision 0008).
const locker = await esbuild.build({
  ...bundled,
  entryPoints: { locker: 'src/locker-app/main.tsx' },
  splitting: true,
  format: 'esm',
  // Korean as UTF-8 (3 bytes a syllable) rather than \uXXXX escapes (6): smaller, before and after brotli.
  charset: 'utf8',
  define: {
    'process.env.NODE_ENV': '"production"',
    __JIKIM_VERIFY_WORKER_URL__: JSON.stringify(`/${path.relative(out, path.resolve(root, verifyWorkerFile))}`),
    __JIKIM_POW_WORKER_URL__: JSON.stringify(`/${path.relative(out, path.resolve(root, powWorkerFile))}`),
    __JIKIM_PROTECT_WORKER_URL__: JSON.stringify(`/${path.relative(out, path.resolve(root, protectWorkerFile))}`),
  },
});
// What is in each chunk (not served): the metafile for the first-load budget test, and esbuild's
// own analysis of it for people.
fs.mkdirSync(path.join(root, 'dist/meta'), { recursive: true });
fs.writeFileSync(path.join(root, 'dist/meta/locker-metafile.json'), JSON.stringify(locker.metafile));
fs.writeFileSync(path.join(root, 'dist/meta/locker-analysis.txt'), await esbuild.analyzeMetafile(locker.metafile));
const lockerEntry = Object.entries(locker.metafile.outputs).find(([, o]) => o.entryPoint === 'src/locker-app/main.tsx');
if (!lockerEntry) throw new Error('No bundle for the locker');
// The page's module scripts: the entry, the chunk with ReactDOM and the app (which the entry
// imports dynamically, so that it can start on IndexedDB before they arrive), and every chunk they
// import statically. All are named in the page, so the browser fetches them side by side instead of
// finding each only once the one before has arrived. Over HTTP/1.1 a browser opens at most six
// connections to a host: with the quick-exit script, six files go at once; a seventh would wait.
const staticClosure = (file: string, seen: string[] = []): string[] => {
  if (seen.includes(file)) return seen;
  seen.push(file);
  for (const i of locker.metafile.outputs[file]?.imports ?? []) if (i.kind === 'import-statement') staticClosure(i.path, seen);
  return seen;
};
const assetUrl = (file: string) => `/${path.relative(out, path.resolve(root, file))}`;
const mountChunk = lockerEntry[1].imports.find((i) => i.kind === 'dynamic-import'
  && Object.keys(locker.metafile.outputs[i.path]?.inputs ?? {}).includes('src/locker-app/mount.tsx'));
if (!mountChunk) throw new Error('No chunk for the locker’s mount.tsx');
const lockerModules = staticClosure(mountChunk.path, staticClosure(lockerEntry[0])).map(assetUrl);
// Chromium (136+) compiles every function of these files while they download, off the main thread,
// instead of one by one as the first render calls them (V8's explicit compile hints); other
// browsers read a comment. Only the first load: what comes later is compiled as it is used.
for (const url of lockerModules) {
  const file = path.join(out, url);
  fs.writeFileSync(file, `//# allFunctionsCalledOnLoad\n${fs.readFileSync(file, 'utf8')}`);
}
const reportFonts = copyReportFonts(path.join(out, 'assets'));

// A help request's status on another device (decision 0016): React and the status view, one module
// of its own, so that page never fetches the locker.
const helpStatus = await esbuild.build({
  ...bundled,
  entryPoints: { 'help-status': 'src/help-status/main.tsx' },
  format: 'esm',
  charset: 'utf8',
  define: { 'process.env.NODE_ENV': '"production"' },
});
const helpStatusFile = Object.keys(helpStatus.metafile.outputs).find((file) => file.endsWith('.js'));
if (!helpStatusFile) throw new Error('No bundle for the help status page');

// "Protect my images" (issue 14): its own module (React and the app, never the locker), with the
// worker above (a classic script of our own origin, as the verify worker).
const protect = await esbuild.build({
  ...bundled,
  entryPoints: { protect: 'src/protect-app/main.tsx' },
  format: 'esm',
  charset: 'utf8',
  define: {
    'process.env.NODE_ENV': '"production"',
    __JIKIM_POW_WORKER_URL__: JSON.stringify(`/${path.relative(out, path.resolve(root, powWorkerFile))}`),
    __JIKIM_PROTECT_WORKER_URL__: JSON.stringify(`/${path.relative(out, path.resolve(root, protectWorkerFile))}`),
  },
});
const protectFile = Object.keys(protect.metafile.outputs).find((file) => file.endsWith('.js'));
if (!protectFile) throw new Error('No bundle for the protect page');
const scriptUrl = (name: string): string => {
  const output = Object.entries(scripts.metafile.outputs).find(([, o]) => o.entryPoint === `src/client/${name}.ts`);
  if (!output) throw new Error(`No bundle for ${name}`);
  return `/${path.relative(out, path.resolve(root, output[0]))}`;
};

const css = (
  await esbuild.transform(fs.readFileSync(path.join(root, 'src/styles/site.css'), 'utf8'), { loader: 'css', minify: true })
).code.trim();
const styleHash = `sha256-${createHash('sha256').update(css).digest('base64')}`;

const quickExit = scriptUrl('quick-exit');
const whatHappened = scriptUrl('what-happened');
const assetsFor = (id: PageId | 'not-found'): PageAssets => ({
  css,
  quickExitUrl: QUICK_EXIT_PLACEHOLDER,
  scripts: id === 'what-happened' ? [quickExit, whatHappened] : [quickExit],
  ...(id === 'locker' ? { modules: lockerModules, reportFonts } : {}),
  ...(id === 'help/status' ? { modules: [assetUrl(helpStatusFile)] } : {}),
  ...(id === 'protect' ? { modules: [assetUrl(protectFile)] } : {}),
});

const write = (file: string, content: string) => {
  fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
  fs.writeFileSync(path.join(out, file), content);
};

const pages = renderSite(assetsFor);
for (const page of pages) write(page.file, page.html);
const notFoundKo = renderNotFound('ko', assetsFor('not-found'));
const notFoundEn = renderNotFound('en', assetsFor('not-found'));
write(notFoundKo.file, notFoundKo.html);
write(notFoundEn.file, notFoundEn.html);

// The staff console (decision 0015): its own React app and stylesheet, and two pages the server
// serves at /console and /en/console (not public pages: no quick exit, kept out of search engines).
const consoleBuild = await esbuild.build({
  ...bundled,
  entryPoints: { console: 'src/console-app/main.tsx' },
  splitting: true,
  format: 'esm',
  charset: 'utf8',
  define: { 'process.env.NODE_ENV': '"production"' },
});
const consoleEntry = Object.entries(consoleBuild.metafile.outputs).find(([, o]) => o.entryPoint === 'src/console-app/main.tsx');
if (!consoleEntry?.[1].cssBundle) throw new Error('No bundle for the console');
for (const locale of ['ko', 'en'] as const) {
  write(`console/${locale}.html`, renderConsolePage(locale, { css, stylesheets: [assetUrl(consoleEntry[1].cssBundle)], modules: [assetUrl(consoleEntry[0])] }));
}

const manifest: SiteManifest = {
  version: 1,
  pages: pages.map(({ path: p, file, locale, title }) => ({ path: p, file, locale, title })),
  notFound: { ko: notFoundKo.file, en: notFoundEn.file },
  assets: fs.readdirSync(path.join(out, 'assets')).sort().map((f) => `assets/${f}`),
  styleHashes: [styleHash],
  quickExitPlaceholder: QUICK_EXIT_PLACEHOLDER,
};
write(SITE_MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
process.stdout.write(`Built ${pages.length} pages and ${manifest.assets.length} assets into ${path.relative(process.cwd(), out)}\n`);
