/**
 * A deletion-request letter from the facts a request gives, made by the case domain exactly as the
 * locker makes it. The reply date is the end of the given day in Korea; "today" is the server's
 * clock, read by the domain as the Seoul day. Nothing is stored.
 */
import { buildDeletionLetter, type DeletionLetter } from '@jikim/case';
import type { LetterPreviewRequest } from '@jikim/contracts';

export function previewLetter(input: LetterPreviewRequest, now: Date): DeletionLetter {
  const { service, requester } = input;
  return buildDeletionLetter({
    locale: input.locale,
    service: { name: service.name, jurisdiction: service.jurisdiction, ...(service.addressee ? { addressee: service.addressee } : {}) },
    urls: input.urls,
    contentKind: input.contentKind,
    evidence: input.evidence ?? [],
    ...(requester ? { requester: { ...(requester.name ? { name: requester.name } : {}), ...(requester.contact ? { contact: requester.contact } : {}) } } : {}),
    respondBy: new Date(`${input.respondBy}T23:59:59+09:00`),
    today: now,
  });
}
