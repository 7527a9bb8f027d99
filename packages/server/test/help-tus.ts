/** tus requests for help-upload tests, over inject or over a real socket. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { withCase, type Opened } from './help-app.js';

export const TUS = { 'tus-resumable': '1.0.0' } as const;

export function createUpload(app: FastifyInstance, o: Pick<Opened, 'caseCode' | 'pin'>, itemId: string, length: number): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST', url: '/api/help/v1/uploads',
    headers: { ...TUS, ...withCase(o), 'upload-length': String(length), 'upload-metadata': `itemId ${Buffer.from(itemId).toString('base64')}` },
  });
}

export function patch(app: FastifyInstance, o: Pick<Opened, 'caseCode' | 'pin'>, location: string, offset: number, bytes: Buffer): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'PATCH', url: location, payload: bytes,
    headers: { ...TUS, ...withCase(o), 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
  });
}

export function head(app: FastifyInstance, o: Pick<Opened, 'caseCode' | 'pin'>, location: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'HEAD', url: location, headers: { ...TUS, ...withCase(o) } });
}
