import { describe, expect, it } from 'vitest';
import { ownPageUrl } from './one-entry.js';
import { TRAIL_LENGTH, arrive, goBackOne, previousStep, type TrailStep } from './trail.js';

const HERE = 'https://jikim.example/guide/threat';

describe('which links replace the current entry', () => {
  it('takes pages, queries and fragments on our own origin', () => {
    expect(ownPageUrl('/en/locker', HERE)?.href).toBe('https://jikim.example/en/locker');
    expect(ownPageUrl('?q=1', HERE)?.href).toBe('https://jikim.example/guide/threat?q=1');
    expect(ownPageUrl('#threat-1', HERE)?.href).toBe('https://jikim.example/guide/threat#threat-1');
  });

  it('leaves other sites, other schemes and blob: URLs (which carry our origin) alone', () => {
    for (const href of [
      'https://d4u.stop.or.kr/', '//evil.example/x', 'http://jikim.example/', 'tel:112', 'mailto:a@b.example',
      'blob:https://jikim.example/0b5e', 'data:text/html,x', 'javascript:void(0)',
    ]) {
      expect(ownPageUrl(href, HERE), href).toBeNull();
    }
  });
});

const step = (path: string): TrailStep => ({ path, name: path, lang: 'ko' });

describe('the trail behind the previous-page link', () => {
  it('adds the page reached, and the page before is the previous one', () => {
    const trail = arrive(arrive([], step('/')), step('/guide/threat'));
    expect(trail.map((s) => s.path)).toEqual(['/', '/guide/threat']);
    expect(previousStep(trail)?.path).toBe('/');
    expect(previousStep(arrive([], step('/')))).toBeUndefined();
  });

  it('does not grow on a reload, and takes the page’s current name', () => {
    const trail = arrive([step('/'), step('/safety')], { path: '/safety', name: 'Safety', lang: 'en' });
    expect(trail).toEqual([step('/'), { path: '/safety', name: 'Safety', lang: 'en' }]);
  });

  it('going back one leaves the current page behind, so its page is not offered again', () => {
    const trail = [step('/'), step('/what-happened'), step('/locker')];
    const back = goBackOne(trail);
    expect(arrive(back, step('/what-happened')).map((s) => s.path)).toEqual(['/', '/what-happened']);
  });

  it('keeps only the last pages', () => {
    let trail: TrailStep[] = [];
    for (let i = 0; i < TRAIL_LENGTH + 5; i += 1) trail = arrive(trail, step(`/p${i}`));
    expect(trail).toHaveLength(TRAIL_LENGTH);
    expect(trail[trail.length - 1]?.path).toBe(`/p${TRAIL_LENGTH + 4}`);
  });
});
