import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { NEUTRAL_URL } from './playwright.config.js';

export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const PAGES = [
  '', 'what-happened', 'crime-types', 'locker', 'guide/illegal-shooting', 'guide/dissemination', 'guide/threat',
  'awareness', 'organisations', 'safety', 'about', 'help/status', 'protect',
] as const;

export function pathFor(locale: Locale, page: string): string {
  if (locale === 'ko') return `/${page}`;
  return page ? `/en/${page}` : '/en';
}

export const SCREENSHOT_DIR = path.join(import.meta.dirname, 'screenshots');
fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });

export function screenshotPath(name: string): string {
  return path.join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9-]+/gi, '_')}.png`);
}

/** Answers the neutral site quick exit goes to, so the test never leaves the machine. */
export async function serveNeutralSite(page: Page): Promise<void> {
  await page.context().route(`${NEUTRAL_URL}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
}
