/**
 * A file held in memory with its brotli and gzip forms, made once at start-up, so each request
 * costs a lookup and a write.
 */
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface CompressedFile {
  readonly type: string;
  readonly etag: string;
  readonly identity: Buffer;
  readonly br: Buffer;
  readonly gzip: Buffer;
}

/**
 * Brotli's best quality costs about 3 s per MB: fine for pages and small scripts, not for the PDF
 * report's fonts (2.7 MB each) or its code, which would add seconds to every start-up. Above this
 * size quality 5 is ~50× faster for ~10 % more bytes.
 */
const LARGE_FILE_BYTES = 256 * 1024;

export function compressFile(body: Buffer, type: string): CompressedFile {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const br = zlib.brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: body.length > LARGE_FILE_BYTES ? 5 : 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gzip = zlib.gzipSync(body, { level: 9 });
  return { type, etag, identity: body, br, gzip };
}

function acceptedEncoding(header: string | undefined): 'br' | 'gzip' | 'identity' {
  if (!header) return 'identity';
  const accepted = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    accepted.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

export function sendCompressed(
  request: FastifyRequest,
  reply: FastifyReply,
  file: CompressedFile,
  status = 200,
): FastifyReply {
  reply.header('content-type', file.type).header('vary', 'accept-encoding').header('etag', file.etag);
  if (status === 200 && request.headers['if-none-match'] === file.etag) return reply.code(304).send();
  const encoding = acceptedEncoding(request.headers['accept-encoding']);
  const body = encoding === 'identity' ? file.identity : file[encoding];
  if (encoding !== 'identity') reply.header('content-encoding', encoding);
  return reply.code(status).send(body);
}
