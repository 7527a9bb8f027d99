/** Real files for the locker journeys, made on the fly in a temp folder (nothing is checked in). */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

export interface LockerFiles {
  readonly dir: string;
  readonly photo: string;
  readonly video: string;
  readonly audio: string;
  readonly screenshot: string;
  cleanup(): void;
}

const ffmpeg = (...args: string[]) => execFileSync('ffmpeg', ['-loglevel', 'error', '-y', ...args]);

export function sha256sum(file: string): string {
  return execFileSync('sha256sum', [file]).toString().split(' ')[0] ?? '';
}

/** A photo, a short real video padded with random bytes to `videoBytes`, a call recording and a screenshot. */
export function makeLockerFiles(videoBytes: number): LockerFiles {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-locker-app-'));
  const at = (name: string) => path.join(dir, name);
  ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=640x480:rate=1', '-frames:v', '1', at('사진.jpg'));
  ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=10', '-t', '2', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', at('clip.mp4'));
  const video = at('영상.mp4');
  const fd = fs.openSync(video, 'w');
  fs.writeSync(fd, fs.readFileSync(at('clip.mp4')));
  const block = randomBytes(8 * 1024 * 1024);
  for (let left = videoBytes - fs.fstatSync(fd).size; left > 0; left -= block.length) fs.writeSync(fd, block, 0, Math.min(left, block.length));
  fs.closeSync(fd);
  fs.rmSync(at('clip.mp4'));
  ffmpeg('-f', 'lavfi', '-i', 'sine=frequency=440:duration=3', at('통화 녹음.m4a'));
  ffmpeg('-f', 'lavfi', '-i', 'testsrc2=size=390x844:rate=1', '-frames:v', '1', at('screenshot.png'));
  // macOS hands over Korean names decomposed (NFD): the photo's name is NFD on purpose.
  const photo = at('사진.jpg'.normalize('NFD'));
  fs.renameSync(at('사진.jpg'), photo);
  return {
    dir, photo, video, audio: at('통화 녹음.m4a'), screenshot: at('screenshot.png'),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Opens the locker page and creates a new locker with this passphrase (ids, so any language works). */
export async function createLockerAt(page: Page, address: string, passphrase: string): Promise<void> {
  await page.goto(address);
  await page.locator('#new-passphrase').fill(passphrase);
  await page.locator('#confirm-passphrase').fill(passphrase);
  await page.locator('#confirm-passphrase').press('Enter');
  await expect(page.locator('.locker-menu')).toBeVisible({ timeout: 30_000 });
}

/** Opens a section of the open locker from its menu, by the button's name (any language). */
export async function openSection(page: Page, name: string): Promise<void> {
  await page.locator('.locker-menu').getByRole('button', { name, exact: true }).click();
  await expect(page.locator('.locker-menu').getByRole('button', { name, exact: true })).toHaveAttribute('aria-current', 'page');
}
