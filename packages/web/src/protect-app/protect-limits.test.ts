import { PROTECT_CODE_HEADER, PROTECT_LIMITS, PROTECT_PIN_HEADER } from '@jikim/contracts';
import { describe, expect, it } from 'vitest';
import { accessHeaders, CODE_HEADER, failureOf, PIN_HEADER } from './protect-api.js';
import { MAX_ITEMS, MIN_QUALITY } from './protect-limits.js';

describe('the page agrees with the protect contract', () => {
  it('on its limits', () => {
    expect(MAX_ITEMS).toBe(PROTECT_LIMITS.items);
    expect(MIN_QUALITY).toBe(PROTECT_LIMITS.minQuality);
  });

  it('on the code and PIN headers, typed forgivingly', () => {
    expect(CODE_HEADER).toBe(PROTECT_CODE_HEADER);
    expect(PIN_HEADER).toBe(PROTECT_PIN_HEADER);
    expect(accessHeaders({ code: ' K7Q2M-9XH4T-B3W8N ', pin: '012 345\n' })).toEqual({ [PROTECT_CODE_HEADER]: 'K7Q2M-9XH4T-B3W8N', [PROTECT_PIN_HEADER]: '012345' });
  });

  it('reads a refusal the same whether the code is unknown, the PIN wrong or the submission locked', () => {
    expect([401, 403, 404].map(failureOf)).toEqual(['unauthorized', 'unauthorized', 'unauthorized']);
    expect([429, 503].map(failureOf)).toEqual(['busy', 'busy']);
    expect(failureOf(500)).toBe('failed');
  });
});
