/**
 * One way for the person's pages to call the API (help requests, "Protect my images"): no cookies,
 * no cache, no referrer, secrets only in headers; failures reduced to what the page can say in words.
 */
export type CallFailure = 'unauthorized' | 'busy' | 'offline' | 'failed';

/** unauthorized: wrong, unknown or locked code/PIN (one answer); busy: limits (429) or a server that cannot take it now (503). */
export const failureOf = (status: number): CallFailure =>
  status === 401 || status === 403 || status === 404 ? 'unauthorized' : status === 429 || status === 503 ? 'busy' : 'failed';

export async function privateCall<T>(
  method: 'GET' | 'POST',
  url: string,
  headers: Readonly<Record<string, string>>,
  body: unknown,
  fail: (failure: CallFailure, status: number) => Error,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    throw fail('offline', 0);
  }
  if (!response.ok) throw fail(failureOf(response.status), response.status);
  const text = await response.text();
  return (text ? JSON.parse(text) : {}) as T;
}
