/**
 * The OpenAPI description of HMA's media routes (`hma-media.routes.ts`): they read a multipart
 * stream themselves, so they are not declared with `apiRoute`; the routes add their key check (and
 * so their scope) and register each with `documentedRoute`, which lists it in the same document.
 */
import { hmaBankPathSchema, hmaLookupResponseSchema, hmaSignalAddedSchema } from '@jikim/contracts';
import * as z from 'zod';
import type { DocumentedRouteDoc, MultipartBody } from '../../api/openapi-documented.js';
import { HMA, hmaErrors } from '../hma/hma-responses.js';

const TAGS = ['Platform (HMA-compatible)'];

const media = (maxBytes: number, what: string): MultipartBody => ({
  maxBytes,
  description: `One photo or video as a multipart file part, ${what} Its type is read from its bytes, never from the part’s name or filename; the file is hashed from a temporary copy deleted before the answer, and never stored or logged.`,
  fields: {
    photo: 'A photo (JPEG, PNG, WebP, GIF, TIFF, AVIF, HEIF). HMA names the part after the content type; any one name is read.',
    video: 'A video (MP4, MOV, 3GP, WebM, Matroska, AVI): hashed as MD5 and as vPDQ at one frame a second.',
  },
});

const hashesSchema = z.object({
  pdq: z.string().optional().describe('A photo’s PDQ hash, 64 hex digits'),
  video_md5: z.string().optional().describe('A video’s MD5, 32 hex digits'),
});

const mediaLookupSchema = z.object({
  pdq: hmaLookupResponseSchema.optional().describe('A photo: bank name → matches (distance as text), the eight turns and mirrors tried'),
  video_md5: hmaLookupResponseSchema.optional().describe('A video: exact MD5 matches (distance "-")'),
  vpdq: hmaLookupResponseSchema.optional().describe('A video: vPDQ matches; distance "Q%,T%": how much of the query is in the stored video, and of it in the query'),
});

const refusals = {
  ...hmaErrors(400),
  401: { description: 'No valid key: `{ message }` with WWW-Authenticate: Bearer' },
  403: { description: 'The key lacks the scope' },
  413: { description: 'The file is larger than the limit' },
  415: { description: 'Neither a photo nor a video' },
  429: { description: 'The key’s calls per minute are used up' },
};

/** The descriptions of `POST /h/hash`, `POST /m/lookup` and `POST /c/bank/NAME/content`. */
export function hmaMediaDocs(maxBytes: number): Readonly<Record<'hash' | 'lookup' | 'content', DocumentedRouteDoc>> {
  const base = { tags: TAGS, method: 'POST' } as const;
  return {
    hash: {
      ...base, url: `${HMA}/h/hash`, summary: 'HMA: the hashes of one photo or video',
      multipart: media(maxBytes, 'to hash.'),
      responses: { 200: { description: 'The hashes, HMA’s `{signal type: value}`', schema: hashesSchema }, ...refusals },
    },
    lookup: {
      ...base, url: `${HMA}/m/lookup`, summary: 'HMA: look up one photo or video in the banks',
      query: z.object({ banks: z.string().optional().describe('Comma-separated bank names to match against (default: every bank the key may match)') }),
      multipart: media(maxBytes, 'to look up.'),
      responses: { 200: { description: 'Matches by signal type, then bank', schema: mediaLookupSchema }, ...refusals, ...hmaErrors(503) },
    },
    content: {
      ...base, url: `${HMA}/c/bank/:bank_name/content`, summary: 'HMA: add one photo or video to this platform’s bank',
      params: hmaBankPathSchema,
      query: z.object({ url: z.string().optional().describe('Not offered: Jikim never fetches media from a URL (501)') }),
      multipart: media(maxBytes, 'to add as a content (its hashes only are kept).'),
      responses: { 200: { description: 'The new content’s id and its signals', schema: hmaSignalAddedSchema }, ...refusals, ...hmaErrors(404, 501) },
    },
  };
}
