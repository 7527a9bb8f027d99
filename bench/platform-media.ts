/**
 * `POST /api/platform/hma/h/hash` (multipart, one file) against `jikim hash` of the same file, the
 * CLI being the baseline: the same decode and PDQ without HTTP, but with a process start each time.
 * The photo is the PDQ vectors' bridge photograph scaled to 1 MP (1155 × 866, JPEG quality 85); the
 * video is 5 s of ffmpeg's testsrc2 (1280 × 720, 30 fps, H.264): the server answers its MD5 and
 * computes its vPDQ, the CLI (`--video`) its vPDQ at 1 frame a second. Without ffmpeg the row says so.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { BenchServer } from './platform-server.js';

const root = path.resolve(import.meta.dirname, '..');
const PHOTO_SOURCE = path.resolve(root, '../shared/pdq-vectors/images/bridge-mods/aaa-orig.jpg');
const jikimHash = [process.execPath, path.join(root, 'packages/cli/bin/jikim.js'), 'hash'];
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;

export interface MediaRow {
  readonly file: string;
  readonly httpMs: number | null;
  readonly cliMs: number | null;
  /** Both said the same PDQ (photo), or why there is no figure. */
  readonly note: string;
}

export async function makePhoto(dir: string): Promise<string> {
  const file = path.join(dir, 'photo-1mp.jpg');
  await sharp(PHOTO_SOURCE).resize(1155, 866, { fit: 'fill' }).jpeg({ quality: 85 }).toFile(file);
  return file;
}

function makeVideo(dir: string): string | null {
  const file = path.join(dir, 'video-5s.mp4');
  const run = spawnSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=30', '-t', '5', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', file]);
  return run.status === 0 ? file : null;
}

async function postHash(server: BenchServer, key: string, file: string): Promise<{ ms: number; body: Record<string, string> }> {
  const form = new FormData();
  form.append('file', new Blob([fs.readFileSync(file)], { type: file.endsWith('.mp4') ? 'video/mp4' : 'image/jpeg' }), path.basename(file));
  // The server closes an idle kept-alive socket after 5 s, and a CLI video run takes longer: a post
  // that meets that closing socket is sent again on a new one (and timed afresh).
  for (let attempt = 1; ; attempt += 1) {
    const started = performance.now();
    let response: Response;
    try {
      response = await fetch(`${server.url}/api/platform/hma/h/hash`, { method: 'POST', body: form, headers: { authorization: `Bearer ${key}` } });
    } catch (error) {
      if (attempt < 3) continue;
      throw error;
    }
    const body = (await response.json()) as Record<string, string>;
    const ms = performance.now() - started;
    if (!response.ok) throw new Error(`POST /h/hash: ${response.status} ${JSON.stringify(body)}`);
    return { ms, body };
  }
}

function cliHash(file: string, flags: readonly string[] = []): { ms: number; out: string } {
  const started = performance.now();
  const run = spawnSync(jikimHash[0] ?? '', [...jikimHash.slice(1), ...flags, file], { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`jikim hash exited ${String(run.status)}: ${run.stderr.slice(0, 300)}`);
  return { ms, out: run.stdout };
}

/** Median of `runs` each, interleaved (HTTP, then CLI) after one warm-up of each. */
async function timeBoth(server: BenchServer, key: string, file: string, flags: readonly string[], runs: number) {
  const http: number[] = [];
  const cli: number[] = [];
  let same = true;
  for (let r = 0; r <= runs; r += 1) {
    const h = await postHash(server, key, file);
    const c = cliHash(file, flags);
    if (h.body.pdq !== undefined && !c.out.includes(h.body.pdq)) same = false;
    if (r > 0) {
      http.push(h.ms);
      cli.push(c.ms);
    }
  }
  return { httpMs: median(http), cliMs: median(cli), same };
}

export async function measureMedia(server: BenchServer, key: string, dir: string, runs: number, videoRuns = runs): Promise<MediaRow[]> {
  const photo = await timeBoth(server, key, await makePhoto(dir), [], runs);
  const rows: MediaRow[] = [{ file: `photo, 1 MP JPEG (1155 × 866), median of ${runs}`, httpMs: photo.httpMs, cliMs: photo.cliMs, note: photo.same ? 'same PDQ from both' : 'PDQ DIFFERS between the two' }];
  const video = makeVideo(dir);
  if (!video) return [...rows, { file: 'video, 5 s', httpMs: null, cliMs: null, note: 'not measured: no ffmpeg on this machine (the server answers 503 for video without it)' }];
  const v = await timeBoth(server, key, video, ['--video'], videoRuns);
  return [...rows, { file: `video, 5 s 1280 × 720 H.264, median of ${videoRuns}`, httpMs: v.httpMs, cliMs: v.cliMs, note: 'HTTP: MD5 and vPDQ (answers video_md5); CLI: vPDQ at 1 frame a second' }];
}
