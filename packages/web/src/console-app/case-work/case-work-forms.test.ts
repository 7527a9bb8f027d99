import { describe, expect, it } from 'vitest';
import { operatorInput } from './operator-input.js';
import { replyChoices } from './reply-choices.js';

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};

describe('case-work forms', () => {
  it('offers the replies the takedown rules allow after each status', () => {
    expect(replyChoices('found')).toEqual(['acknowledged', 'removed', 'refused', 'reappeared']);
    expect(replyChoices('requested')).toEqual(['acknowledged', 'removed', 'refused']);
    expect(replyChoices('removed')).toEqual(['removed', 'reappeared']);
    expect(replyChoices('refused')).toEqual(['removed']);
  });

  it('reads a centre operator from its form: the domains one a line, lower case', () => {
    const read = operatorInput(form({
      name: ' Leak Site Ltd ', email: 'abuse@leak.example', formUrl: '', language: 'en', siteType: 'adult', domains: 'Leak.example\nmirror.example, cdn.leak.example', notes: '',
    }));
    expect(read).toEqual({
      ok: true,
      input: { name: 'Leak Site Ltd', email: 'abuse@leak.example', language: 'en', siteType: 'adult', domains: ['leak.example', 'mirror.example', 'cdn.leak.example'], notes: '' },
    });
  });

  it('names each wrong field of a centre operator', () => {
    expect(operatorInput(form({ name: '', language: 'ko', siteType: 'other', email: 'not-mail', formUrl: 'ftp://x.example', domains: 'no_tld' })))
      .toEqual({ ok: false, fields: ['name', 'email', 'formUrl', 'domains'] });
    expect(operatorInput(form({ name: 'Ok', language: 'ko', siteType: 'other', domains: 'bad domain!' }))).toEqual({ ok: false, fields: ['domains'] });
  });
});
