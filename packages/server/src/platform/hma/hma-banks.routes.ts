/**
 * HMA's bank routes (`/c/banks`, `/c/bank/NAME`, scope `curate`) on the key's platform's own banks
 * only: any other bank (the victims', another platform's) answers as one that does not exist.
 * Jikim's banks are matched or not, so HMA's ratios between 0 and 1 are refused; renaming is too.
 */
import {
  bankNameSchema, hmaBankCreateSchema, hmaBankListSchema, hmaBankPathSchema, hmaBankSchema, hmaBankUpdateSchema, hmaMessageSchema,
} from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../api/api-route.js';
import { requireScope } from '../keys/platform-auth.js';
import { callerOf, type PlatformRouteDeps } from '../platform-lookup.js';
import { bankNotFound, HmaError } from './hma-errors.js';
import { HMA, hmaErrors } from './hma-responses.js';
import { hmaBank } from './hma-shapes.js';

const TAGS = ['Platform (HMA-compatible)'];
const RESERVED_PREFIX = 'JIKIM_';

/** HMA's `enabled_ratio` / `enabled` as Jikim's on-or-off; undefined when neither is given. */
function matchingOf(ratio: number | null | undefined, enabled: boolean | null | undefined): boolean | undefined {
  if (ratio !== undefined && ratio !== null) {
    if (ratio !== 0 && ratio !== 1) throw new HmaError(400, 'enabled_ratio must be 0 or 1: a bank is matched or not');
    return ratio === 1;
  }
  return enabled ?? undefined;
}

export function registerHmaBankRoutes(scope: FastifyInstance, deps: PlatformRouteDeps): void {
  const curate = requireScope(deps.auth, 'curate', 'hma');
  const base = { tags: TAGS, security: 'platform-key', preHandler: curate } as const;

  apiRoute(scope, {
    ...base, method: 'GET', url: `${HMA}/c/banks`, summary: 'HMA: this platform’s banks',
    responses: { 200: { description: 'The banks', schema: hmaBankListSchema } },
  }, async (_input, request) => {
    const caller = callerOf(request);
    const banks = await deps.access.ownBanks(caller);
    await deps.auth.audit(caller, 'banks.list', { banks: banks.length });
    return banks.map(hmaBank);
  });

  apiRoute(scope, {
    ...base, method: 'POST', url: `${HMA}/c/banks`, summary: 'HMA: make a bank (UPPER_WITH_UNDERSCORE)', body: hmaBankCreateSchema,
    responses: { 201: { description: 'Made', schema: hmaBankSchema }, ...hmaErrors(400, 403, 422) },
  }, async ({ body }, request, reply) => {
    const caller = callerOf(request);
    if (!bankNameSchema.safeParse(body.name).success) throw new HmaError(400, 'Bank names must be UPPER_WITH_UNDERSCORE');
    if (body.name.startsWith(RESERVED_PREFIX)) throw new HmaError(400, `Bank names starting with ${RESERVED_PREFIX} are reserved`);
    // HMA's model defaults enabled_ratio to 1.0, which hides `enabled`; Jikim honours `enabled` when no ratio is given.
    const matching = matchingOf(body.enabled_ratio, body.enabled) ?? true;
    let bank = await deps.store.createBank(body.name, caller.platformId, 'platform');
    if (!matching) bank = await deps.store.updateBank(bank.name, { matchingEnabled: false });
    deps.access.forget(caller.platformId);
    await deps.auth.audit(caller, 'bank.create', { bank: bank.name, matching });
    return reply.code(201).send(hmaBank(bank));
  });

  apiRoute(scope, {
    ...base, method: 'GET', url: `${HMA}/c/bank/:bank_name`, summary: 'HMA: one of this platform’s banks', params: hmaBankPathSchema,
    responses: { 200: { description: 'The bank', schema: hmaBankSchema }, ...hmaErrors(404) },
  }, async ({ params }, request) => {
    const caller = callerOf(request);
    const bank = await deps.access.curatable(caller, params.bank_name);
    if (!bank) throw bankNotFound(params.bank_name);
    await deps.auth.audit(caller, 'bank.read', { bank: bank.name });
    return hmaBank(bank);
  });

  apiRoute(scope, {
    ...base, method: 'PUT', url: `${HMA}/c/bank/:bank_name`, summary: 'HMA: turn a bank’s matching on or off', params: hmaBankPathSchema, body: hmaBankUpdateSchema,
    responses: { 200: { description: 'The bank', schema: hmaBankSchema }, ...hmaErrors(400, 404, 422) },
  }, async ({ params, body }, request) => {
    const caller = callerOf(request);
    let bank = await deps.access.curatable(caller, params.bank_name);
    if (!bank) throw new HmaError(404, 'Bank not found');
    if (body.name !== undefined && body.name !== null && body.name !== bank.name) throw new HmaError(400, 'Renaming a bank is not supported');
    const enabled = body.enabled ?? undefined;
    const matching = matchingOf(body.enabled_ratio, undefined) ?? enabled;
    if (matching !== undefined && matching !== bank.matchingEnabled) {
      bank = await deps.store.updateBank(bank.name, { matchingEnabled: matching });
      await deps.matcher.refresh();
    }
    await deps.auth.audit(caller, 'bank.update', { bank: bank.name, matching: bank.matchingEnabled });
    return hmaBank(bank);
  });

  apiRoute(scope, {
    ...base, method: 'DELETE', url: `${HMA}/c/bank/:bank_name`, summary: 'HMA: remove a bank and its contents', params: hmaBankPathSchema,
    responses: { 200: { description: 'Done', schema: hmaMessageSchema }, ...hmaErrors(404) },
  }, async ({ params }, request) => {
    const caller = callerOf(request);
    const bank = await deps.access.curatable(caller, params.bank_name);
    if (!bank) throw bankNotFound(params.bank_name);
    await deps.store.deleteBank(bank.name);
    deps.access.forget(caller.platformId);
    await deps.matcher.refresh();
    await deps.auth.audit(caller, 'bank.delete', { bank: bank.name });
    return { message: 'Done' };
  });
}
