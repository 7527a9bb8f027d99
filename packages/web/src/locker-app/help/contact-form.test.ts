import { describe, expect, it } from 'vitest';
import { contactErrorMessages, contactFromDraft, EMPTY_CONTACT } from './contact-form.js';
import { helpEn } from './i18n/help-en.js';

describe('the contact step', () => {
  it('asks for at least one way, and voicemail is off by default', () => {
    expect(EMPTY_CONTACT.noVoicemail).toBe(true);
    expect(contactFromDraft(EMPTY_CONTACT)).toEqual({ error: { channels: 'missing' } });
  });

  it('ties each missing or wrong detail to its own field', () => {
    const result = contactFromDraft({ ...EMPTY_CONTACT, channels: ['sms', 'email'], email: 'not an address' });
    expect(result).toEqual({ error: { phone: 'missing', email: 'invalid' } });
    if ('error' in result) {
      expect(contactErrorMessages(result.error, helpEn.contact)).toEqual({ phone: helpEn.contact.needPhone, email: helpEn.contact.badEmail });
    }
    expect(contactFromDraft({ ...EMPTY_CONTACT, channels: ['phone'], phone: 'call me' })).toEqual({ error: { phone: 'invalid' } });
  });

  it('sends only what the chosen ways need, trimmed', () => {
    expect(contactFromDraft({ ...EMPTY_CONTACT, channels: ['email'], phone: '010-1234-5678', email: ' me@example.org ', safeHours: ' evenings ', codeWord: '', name: 'Min' })).toEqual({
      channels: ['email'], email: 'me@example.org', safeHours: 'evenings', noVoicemail: true, name: 'Min',
    });
  });
});
