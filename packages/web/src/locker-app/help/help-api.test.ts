import { CASE_CODE_HEADER, CASE_PIN_HEADER } from '@jikim/contracts';
import { describe, expect, it } from 'vitest';
import { accessHeaders, CODE_HEADER, failureOf, PIN_HEADER } from './help-api.js';

describe('the help API client', () => {
  it('uses the contract’s header names', () => {
    expect(CODE_HEADER).toBe(CASE_CODE_HEADER);
    expect(PIN_HEADER).toBe(CASE_PIN_HEADER);
    expect(accessHeaders({ code: ' K7Q2M-9XH4T-B3W8N ', pin: '012345\n' })).toEqual({ [CASE_CODE_HEADER]: 'K7Q2M-9XH4T-B3W8N', [CASE_PIN_HEADER]: '012345' });
  });

  it('reads a refusal the same whether the code is unknown, the PIN wrong or the case locked', () => {
    expect(failureOf(401)).toBe('unauthorized');
    expect(failureOf(429)).toBe('busy');
    expect(failureOf(500)).toBe('failed');
  });

});
