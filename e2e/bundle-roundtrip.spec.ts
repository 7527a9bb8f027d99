import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openHarness } from './harness/open-harness.js';
import { BASE_URL } from './playwright.config.js';

interface FileReport { path: string; status: string }
interface BundleHarness {
  create(passphrase: string): Promise<void>;
  addChosenFiles(): Promise<{ id: string; sha256: string; bytes: number }[]>;
  exportBundle(caseReference: string): Promise<'saved' | 'cancelled'>;
  verifyChosen(index: number): Promise<{ ok: boolean; files: FileReport[]; problems: string[] }>;
  importChosen(index: number): Promise<{ ok: boolean; imported?: number; files?: FileReport[] }>;
  fileSha256s(): Promise<Record<string, string>>;
  importedFrom(): Promise<(string | null)[]>;
  wipe(): Promise<void>;
}
declare global {
  interface Window { jikimBundle: BundleHarness }
}

const MiB = 1024 * 1024;
const KOREAN_NFD = '증거 사진 원본.jpg'.normalize('NFD');
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const CLI = path.join(import.meta.dirname, '..', 'packages', 'cli', 'bin', 'jikim.js');
// The site's script policy (packages/server/src/http/security-headers.ts): WebAssembly may compile
// (hash-wasm), but no blob: or inline workers and no eval, so zip.js must work without them.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' blob:; media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'";
const HARNESS_HTML = '<!doctype html><html lang="ko"><title>harness</title><input id="file" type="file" multiple><script type="module" src="/__harness.js"></script>';

test('a bundle exported from one locker verifies (browser, CLI, sha256sum) and imports into a new locker byte for byte', async ({ page }) => {
  test.setTimeout(240_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-bundle-e2e-'));
  const video = new Uint8Array(randomBytes(50 * MiB));
  const sources = [
    { name: KOREAN_NFD, data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...randomBytes(100_000), 0xff, 0xd9]) },
    { name: 'empty.txt', data: new Uint8Array(0) },
    { name: 'video.mp4', data: video },
  ];
  const files = sources.map(({ name, data }) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, data);
    return file;
  });
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/iu.test(message.text())) violations.push(message.text());
  });
  try {
    await openHarness(page, 'bundle-harness.ts', 'jikimBundle');
    await page.unroute(`${BASE_URL}/__harness`);
    await page.route(`${BASE_URL}/__harness`, (route) => route.fulfill({ contentType: 'text/html', headers: { 'content-security-policy': CSP }, body: HARNESS_HTML }));
    await page.goto('/__harness');
    await page.waitForFunction(() => 'jikimBundle' in window);

    // One locker, three files: Korean-named (NFD, as macOS gives it), zero bytes, 50 MB.
    await page.evaluate(() => window.jikimBundle.create('첫 번째 휴대폰의 암호'));
    await page.setInputFiles('#file', files);
    const added = await page.evaluate(() => window.jikimBundle.addChosenFiles());
    expect(added.map((a) => a.sha256)).toEqual(sources.map((s) => sha256(s.data)));

    const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate(() => window.jikimBundle.exportBundle('JK-E2E-0001'))]);
    expect(download.suggestedFilename()).toMatch(/^archive-\d{8}-\d{4}\.zip$/u);
    const bundle = path.join(dir, 'bundle.zip');
    await download.saveAs(bundle);

    // In Node: unzip and sha256sum -c agree; the CLI verifier passes it.
    const out = path.join(dir, 'extracted');
    const env = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };
    execFileSync('unzip', ['-q', bundle, '-d', out], { env });
    const checked = execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: out, env, encoding: 'utf8' }).trim().split('\n');
    expect(checked).toHaveLength(5);
    expect(checked.every((line) => line.endsWith(': OK'))).toBe(true);
    expect(checked).toContain(`files/001-${KOREAN_NFD.normalize('NFC')}: OK`);
    expect(fs.readFileSync(path.join(out, 'files', '003-video.mp4')).equals(video)).toBe(true);
    expect(spawnSync('node', [CLI, 'verify', bundle], { encoding: 'utf8' }).status).toBe(0);

    // One byte changed inside the video's data (stored, so its bytes are in the zip as they are).
    const zip = fs.readFileSync(bundle);
    const at = zip.indexOf(Buffer.from(video.subarray(25 * MiB, 25 * MiB + 64)));
    expect(at).toBeGreaterThan(0);
    zip[at] = (zip[at] ?? 0) ^ 0xff;
    const tampered = path.join(dir, 'tampered.zip');
    fs.writeFileSync(tampered, zip);
    const cli = spawnSync('node', [CLI, 'verify', tampered], { encoding: 'utf8' });
    expect(cli.status).not.toBe(0);
    expect(cli.stdout).toContain('MISMATCH  files/003-video.mp4');

    // In the browser: the same verdicts.
    await page.setInputFiles('#file', [bundle, tampered]);
    const good = await page.evaluate(() => window.jikimBundle.verifyChosen(0));
    expect(good.problems).toEqual([]);
    expect(good.ok).toBe(true);
    expect(good.files.map((f) => f.status)).toEqual(Array(6).fill('ok'));
    const bad = await page.evaluate(() => window.jikimBundle.verifyChosen(1));
    expect(bad.ok).toBe(false);
    expect(bad.files.filter((f) => f.status !== 'ok')).toEqual([expect.objectContaining({ path: 'files/003-video.mp4', status: 'mismatch' })]);

    // Changing phones: a new locker, the tampered bundle refused, the good one imported byte for byte.
    await page.evaluate(() => window.jikimBundle.wipe());
    await page.evaluate(() => window.jikimBundle.create('두 번째 휴대폰의 암호'));
    expect(await page.evaluate(() => window.jikimBundle.importChosen(1))).toMatchObject({ ok: false });
    expect(await page.evaluate(() => window.jikimBundle.fileSha256s())).toEqual({});
    expect(await page.evaluate(() => window.jikimBundle.importChosen(0))).toEqual({ ok: true, imported: 3 });
    expect(await page.evaluate(() => window.jikimBundle.fileSha256s())).toEqual(Object.fromEntries(added.map((a) => [a.id, a.sha256])));
    expect(await page.evaluate(() => window.jikimBundle.importedFrom())).toEqual(['JK-E2E-0001', 'JK-E2E-0001', 'JK-E2E-0001']);
    await page.evaluate(() => window.jikimBundle.wipe());
    expect(violations).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
