/**
 * The seams of the platform API (issue 14, decision 0018). Three parts meet here:
 *  - keys/     who is calling: bearer keys, scopes, per-key rate limits, audit (`PlatformAuth`);
 *  - banks/    what is stored: banks, contents, sealed signals, the change log (`BankStore`);
 *  - matcher/  what matches: an in-memory index per process that follows the change log (`Matcher`).
 * The routes (hma/ and v1/) use only these interfaces.
 */
import type { MatchableSignalType, PlatformScope } from '@jikim/contracts';
import type { VpdqFrame } from '@jikim/pdq';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The caller of a platform route, set by `PlatformAuth.require`. */
export interface PlatformCaller {
  readonly keyId: string;
  readonly platformId: string;
  readonly platformName: string;
  readonly scopes: ReadonlySet<PlatformScope>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `PlatformAuth.require` on the routes it guards; null elsewhere. */
    platform: PlatformCaller | null;
  }
}

export type PreHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

export interface PlatformAuth {
  /**
   * The preHandler of every platform route: 401 without a valid, unrevoked key; 403 without the
   * scope; 429 with Retry-After past the key's per-minute limit. Sets `request.platform`.
   * `errorShape` picks the body: HMA's `{message}` or the native `{error, message}`.
   */
  require(scope: PlatformScope, errorShape: 'hma' | 'native'): PreHandler;
  /** Lookups are audited as per-key, per-minute totals (n signals looked up by this call). */
  countLookups(caller: PlatformCaller, n: number): void;
  /** Everything else is audited row by row (`platform.<action>`, key id, small non-personal facts). */
  audit(caller: PlatformCaller, action: string, detail: Readonly<Record<string, string | number | boolean>>): Promise<void>;
}

export type BankKind = 'confirmed' | 'unreviewed' | 'platform';
/** Who owns a bank: the victims' banks, or a platform (its id). */
export const VICTIMS_OWNER = 'victims';

export interface Bank {
  readonly name: string;
  readonly owner: string;
  readonly kind: BankKind;
  readonly matchingEnabled: boolean;
  readonly feedEnabled: boolean;
  readonly createdAt: string;
}

export type SignalType = 'pdq' | 'md5' | 'vpdq';

export interface NewSignal {
  readonly type: SignalType;
  /** Lower-case hex (pdq: 64, md5: 32); vPDQ: its text form. */
  readonly value: string;
  readonly quality?: number;
}

export interface BankContent {
  readonly id: number;
  readonly bank: string;
  /** signal type → values (opened). */
  readonly signals: Readonly<Partial<Record<SignalType, readonly string[]>>>;
  readonly note: string;
  readonly disabledUntil: string | null;
  readonly quarantinedAt: string | null;
  readonly createdAt: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Opaque; null on the last page. */
  readonly nextCursor: string | null;
}

/** Errors the routes map to status codes (one place: the error handler or the route module). */
export class BankError extends Error {
  constructor(readonly code: 'bank_not_found' | 'bank_exists' | 'content_not_found' | 'not_owner' | 'invalid_signal', message: string) {
    super(message);
    this.name = 'BankError';
  }
}

export interface BankStore {
  getBank(name: string): Promise<Bank | null>;
  /** Ordered by name; `owner` filters. */
  listBanks(options: { readonly owners?: readonly string[]; readonly after?: string; readonly limit: number }): Promise<Page<Bank>>;
  createBank(name: string, owner: string, kind: BankKind): Promise<Bank>;
  updateBank(name: string, change: { readonly matchingEnabled?: boolean; readonly feedEnabled?: boolean }): Promise<Bank>;
  /** Removes the bank and its contents (every signal a `delete` in the change log). */
  deleteBank(name: string): Promise<void>;
  /** A content with its signals, sealed, and an `upsert` per signal in the change log; one transaction. */
  addContent(input: {
    readonly bank: string;
    readonly origin: 'platform' | 'victim' | 'counsellor';
    /** Hashes a person shared with a counsellor (consent recorded): the case whose key seals them. */
    readonly caseId?: string | null;
    /** A person's own submission (`/protect`): the submission whose key seals them (`vault.sealSubmissionField`). */
    readonly submissionId?: string | null;
    readonly note?: string;
    readonly signals: readonly NewSignal[];
  }): Promise<BankContent>;
  getContent(bank: string, id: number): Promise<BankContent | null>;
  updateContent(bank: string, id: number, change: { readonly disabledUntil?: string | null; readonly note?: string }): Promise<BankContent>;
  /** Number of contents deleted (0 or 1); its signals leave every index as `delete`s. */
  deleteContent(bank: string, id: number): Promise<number>;
  listContents(bank: string, options: { readonly after?: string; readonly limit: number }): Promise<Page<BankContent>>;
  /** Withdrawal: every content of the case, in every bank. Returns how many were removed. */
  deleteCaseContents(caseId: string): Promise<number>;
  /** Withdrawal of a `/protect` submission: every content it made. Returns how many were removed. */
  deleteSubmissionContents(submissionId: string): Promise<number>;
  /** Per signal of a submission (in the order added): its id, type, and how many lookups matched it. */
  submissionSignals(submissionId: string): Promise<readonly { readonly signalId: number; readonly contentId: number; readonly bank: string; readonly type: SignalType; readonly matches: number; readonly createdAt: string }[]>;
  /** Adds to `matches` of these signals (called after lookups that hit; never blocks the answer). */
  countMatches(signalIds: readonly number[]): Promise<void>;
}

export interface MatchHit {
  readonly bank: string;
  readonly contentId: number;
  readonly distance: number;
  /** Signal id (bank_signals.id), for feedback and counts. */
  readonly signalId: number;
}

/** A stored video matched by vPDQ (distance 0): how much of each video was found in the other. */
export interface VideoMatchHit extends MatchHit {
  /** % of the query's usable frames found in the stored video. */
  readonly queryMatchPercent: number;
  /** % of the stored video's usable frames found in the query (the reference's rule: ≥ 80). */
  readonly targetMatchPercent: number;
}

export interface MatcherStatus {
  /** Signal type → the index's state. */
  readonly [signalType: string]: { readonly size: number; readonly seq: number; readonly refreshedAt: string | null; readonly builtAt: string | null };
}

export interface Matcher {
  /**
   * Every enabled, unquarantined signal within `maxDistance` (pdq) or equal (md5), in banks whose
   * matching is enabled and, when `banks` is given, among them. Synchronous: memory only.
   */
  lookup(type: MatchableSignalType, value: string, options: { readonly maxDistance: number; readonly banks?: ReadonlySet<string> }): MatchHit[];
  /**
   * Stored videos (vpdq signals) this video's frames match by the reference's rule: usable frames
   * (quality ≥ 50, distinct) within PDQ distance 31, and ≥ 80 % of the stored video's found in the
   * query. Same filters as `lookup`. Synchronous: memory only.
   */
  lookupVideo(frames: readonly VpdqFrame[], options: { readonly banks?: ReadonlySet<string> }): VideoMatchHit[];
  /** True once the index has loaded. */
  ready(): boolean;
  /** True when the last refresh is older than the staleness limit (HMA: INDEX-STALE). */
  stale(): boolean;
  status(): MatcherStatus;
  /** Follows the change log up to now (tests, and after a write in this process). */
  refresh(): Promise<void>;
  /** Stops the refresh timer. */
  close(): Promise<void>;
}
