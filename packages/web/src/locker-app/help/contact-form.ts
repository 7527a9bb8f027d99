/**
 * The contact step's fields as the contract's contact preferences, and its problems as messages
 * tied to the field they are about (so each error is announced with, and focuses, its own input).
 */
import { contactPreferencesSchema, type ContactPreferences } from '@jikim/contracts';
import type { HelpMessages } from './i18n/help-messages.js';

export type Channel = ContactPreferences['channels'][number];
export const CHANNELS: readonly Channel[] = ['phone', 'sms', 'email'];

export interface ContactDraft {
  readonly channels: readonly Channel[];
  readonly phone: string;
  readonly email: string;
  readonly safeHours: string;
  readonly noVoicemail: boolean;
  readonly codeWord: string;
  readonly name: string;
}

export const EMPTY_CONTACT: ContactDraft = { channels: [], phone: '', email: '', safeHours: '', noVoicemail: true, codeWord: '', name: '' };

export type ContactField = 'channels' | 'phone' | 'email' | 'safeHours' | 'codeWord' | 'name';
export type ContactErrors = Partial<Record<ContactField, string>>;

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

/** Only the details the chosen ways need: a phone number is not sent when only e-mail is chosen. */
export function contactFromDraft(draft: ContactDraft): ContactPreferences | { error: ContactErrors } {
  const byPhone = draft.channels.includes('phone') || draft.channels.includes('sms');
  const input = {
    channels: CHANNELS.filter((c) => draft.channels.includes(c)),
    ...(byPhone && optional(draft.phone) ? { phone: optional(draft.phone) } : {}),
    ...(draft.channels.includes('email') && optional(draft.email) ? { email: optional(draft.email) } : {}),
    safeHours: draft.safeHours.trim(),
    noVoicemail: draft.noVoicemail,
    ...(optional(draft.codeWord) ? { codeWord: optional(draft.codeWord) } : {}),
    ...(optional(draft.name) ? { name: optional(draft.name) } : {}),
  };
  const parsed = contactPreferencesSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const error: ContactErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as ContactField;
    if (!error[field]) error[field] = issue.code === 'too_big' ? 'tooLong' : issue.code === 'custom' || issue.code === 'too_small' ? 'missing' : 'invalid';
  }
  return { error };
}

/** The message for each field's problem. */
export function contactErrorMessages(errors: ContactErrors, t: HelpMessages['contact']): ContactErrors {
  const says = (field: ContactField, kind: string | undefined): string | undefined => {
    if (!kind) return undefined;
    if (kind === 'tooLong') return t.tooLong;
    if (field === 'channels') return t.needChannel;
    if (field === 'phone') return kind === 'missing' ? t.needPhone : t.badPhone;
    if (field === 'email') return kind === 'missing' ? t.needEmail : t.badEmail;
    return t.tooLong;
  };
  return Object.fromEntries(Object.entries(errors).map(([field, kind]) => [field, says(field as ContactField, kind)]));
}
