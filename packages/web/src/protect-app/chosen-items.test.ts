import { describe, expect, it } from 'vitest';
import { addFiles, allSettled, kindOf, NO_CHOICE, nextToHash, removeItem, updateItem } from './chosen-items.js';

const file = (name: string, type = '') => new File(['x'], name, { type });

describe('the chosen files', () => {
  it('tell photos from videos by the browser’s type, else by the name', () => {
    expect(kindOf(file('a', 'image/jpeg'))).toBe('image');
    expect(kindOf(file('a', 'video/mp4'))).toBe('video');
    expect(kindOf(file('IMG_0001.HEIC'))).toBe('image');
    expect(kindOf(file('clip.MOV'))).toBe('video');
    expect(kindOf(file('notes.txt', 'text/plain'))).toBe('other');
    expect(kindOf(file('no-extension'))).toBe('other');
  });

  it('number each kind in the order chosen, and keep the numbers when one is removed', () => {
    let { chosen } = addFiles(NO_CHOICE, [file('1.jpg', 'image/jpeg'), file('2.mp4', 'video/mp4'), file('3.png', 'image/png')]);
    expect(chosen.items.map((i) => [i.kind, i.n])).toEqual([['image', 1], ['video', 1], ['image', 2]]);
    chosen = removeItem(chosen, chosen.items[0]?.id ?? 0);
    chosen = addFiles(chosen, [file('4.jpg', 'image/jpeg')]).chosen;
    expect(chosen.items.map((i) => [i.kind, i.n])).toEqual([['video', 1], ['image', 2], ['image', 3]]);
    expect(new Set(chosen.items.map((i) => i.id)).size).toBe(3);
  });

  it('take no more than one submission holds, and say how many did not fit', () => {
    const first = addFiles(NO_CHOICE, [file('a.jpg'), file('b.jpg')], 3);
    expect(first.refused).toBe(0);
    const second = addFiles(first.chosen, [file('c.jpg'), file('d.jpg'), file('e.jpg')], 3);
    expect(second.refused).toBe(2);
    expect(second.chosen.items).toHaveLength(3);
  });

  it('are hashed in order, and can be reviewed once every one has finished or failed', () => {
    let { chosen } = addFiles(NO_CHOICE, [file('a.jpg'), file('b.mp4')]);
    const [a, b] = chosen.items;
    expect(nextToHash(chosen)?.id).toBe(a?.id);
    chosen = updateItem(chosen, a?.id ?? 0, { state: 'hashing', progress: 0.5 });
    expect(nextToHash(chosen)?.id).toBe(b?.id);
    expect(allSettled(chosen)).toBe(false);
    chosen = updateItem(chosen, a?.id ?? 0, { state: 'done', progress: 1 });
    chosen = updateItem(chosen, b?.id ?? 0, { state: 'failed' });
    expect(nextToHash(chosen)).toBeUndefined();
    expect(allSettled(chosen)).toBe(true);
  });
});
