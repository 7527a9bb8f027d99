import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const site = path.resolve(import.meta.dirname, '../dist/site');
const manifest = JSON.parse(fs.readFileSync(path.join(site, 'site-manifest.json'), 'utf8')) as {
  pages: { file: string }[];
  notFound: { ko: string; en: string };
};
const files = [...manifest.pages.map((p) => p.file), manifest.notFound.ko, manifest.notFound.en];

describe('the words on every built page', () => {
  it.each(files)('%s never calls illegal recordings "porn"', (file) => {
    const html = fs.readFileSync(path.join(site, file), 'utf8');
    // The one place allowed to name the term is the awareness point that explains why it is wrong.
    const withoutExplanation = html.replace(/<li id="not-pornography">[\s\S]*?<\/li>/, '');
    expect(withoutExplanation).not.toMatch(/porn|포르노|야동|음란물/i);
  });

  it('the awareness pages do explain why "revenge porn" is the wrong term', () => {
    for (const file of ['ko/awareness.html', 'en/awareness.html']) {
      expect(fs.readFileSync(path.join(site, file), 'utf8')).toMatch(/<li id="not-pornography">[\s\S]*?(포르노|porn)/i);
    }
  });
});
