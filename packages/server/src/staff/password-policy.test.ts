import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password-policy.js';

describe('staff password policy', () => {
  it('ships a common-password list of well over 10,000 entries', () => {
    const lines = fs.readFileSync(path.join(import.meta.dirname, 'common-passwords.txt'), 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(40_000);
  });

  it('refuses short, long and common passwords, case-insensitively and padded; accepts a long sentence', () => {
    expect(passwordProblem('password1234')).toBe('too_short');
    expect(passwordProblem('x'.repeat(257))).toBe('too_long');
    for (const p of ['PASSWORD1234567', 'iloveyou2024!!!!', 'qwertyuiopqwertyuiop', 'abcabcabcabcabcabc', '1234567890123456', 'jikimjikimjikim12']) {
      expect(passwordProblem(p), p).toBe('common');
    }
    expect(passwordProblem('kim.minji-kim.minji!', ['kim.minji'])).toBe('common');
    expect(passwordProblem('a quiet morning by the sea')).toBeUndefined();
    expect(passwordProblem('비 오는 날에는 따뜻한 차 한 잔')).toBeUndefined();
  });

  it('stores argon2id and matches NFC and NFD spellings of the same Korean password', async () => {
    const stored = await hashPassword('한글 비밀번호도 충분히 길면 좋아요');
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, '한글 비밀번호도 충분히 길면 좋아요'.normalize('NFD'))).toBe(true);
    expect(await verifyPassword(stored, '한글 비밀번호도 충분히 길면 좋아요!')).toBe(false);
  });
});
