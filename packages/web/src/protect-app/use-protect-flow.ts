/**
 * The steps of "Protect my images", shared by /protect and the locker: the chosen files hashed on the
 * device, the review of what will be sent, and the code and PIN once sent. Where the files come from
 * is each page's own: files picked on /protect, items opened from the locker (listed on a step of
 * their own, 'hashing', before the review).
 */
import { useMemo, useState, type RefObject } from 'react';
import { useFocusHeading } from '../locker-app/help/focus-heading.js';
import type { ChosenItem } from './chosen-items.js';
import { summarise, type HashedItem, type SendSummary } from './hashed-item.js';
import { canHashHere } from './hash-worker-client.js';
import type { ProtectMessages } from './i18n/protect-messages.js';
import type { SentSubmission } from './review-step.js';
import { useHashing, type Hashing } from './use-hashing.js';

export type ProtectStep = 'choose' | 'hashing' | 'review' | 'sent';

interface ProtectFlowOptions {
  readonly t: ProtectMessages;
  /** Where the files being hashed are listed, and where Back from the review returns. */
  readonly listStep: 'choose' | 'hashing';
  /** An item's own name, when it has one (a locker item's title); else "Photo 1". */
  readonly nameOf?: (item: ChosenItem) => string | undefined;
}

export interface ProtectFlow {
  readonly step: ProtectStep;
  /** The heading of the step shown; it takes the focus when the step changes. */
  readonly heading: RefObject<HTMLHeadingElement | null>;
  readonly canHash: boolean;
  readonly hashing: Hashing;
  readonly labelOf: (item: ChosenItem) => string;
  readonly summary: SendSummary;
  /** The chosen items that send something, in order. */
  readonly sending: readonly ChosenItem[];
  /** The code and PIN, on the 'sent' step. */
  readonly sent: SentSubmission | null;
  /** Shows the files being hashed (the locker, once its items are opened). */
  showList(): void;
  /** Goes to the review; answers false when there is nothing to send. */
  review(): boolean;
  /** Back from the review to the files. */
  back(): void;
  /** After sending: the files and previews are forgotten, the code and PIN shown. */
  showSent(submission: SentSubmission): void;
  /** Forgets the files and goes back to choosing. */
  startOver(): void;
  /** Done with the code and PIN: back to choosing. */
  done(): void;
}

export function useProtectFlow({ t, listStep, nameOf }: ProtectFlowOptions): ProtectFlow {
  const [step, setStep] = useState<ProtectStep>('choose');
  const [sent, setSent] = useState<SentSubmission | null>(null);
  const heading = useFocusHeading<HTMLHeadingElement>(step);
  const canHash = useMemo(canHashHere, []);
  const labelOf = (item: ChosenItem) => nameOf?.(item) ?? t.item.label[item.kind](item.n);
  const hashing = useHashing({ label: labelOf, start: t.item.announceStart, done: t.item.announceDone, removed: t.item.announceRemoved });

  const hashed = hashing.chosen.items.flatMap((item) => (item.result ? [{ item, result: item.result }] : []));
  const summary = summarise(hashed.map((h): HashedItem => h.result));
  const sending = hashed.filter((h) => h.result.item !== null).map((h) => h.item);

  return {
    step, heading, canHash, hashing, labelOf, summary, sending, sent,
    showList: () => setStep(listStep),
    review: () => {
      if (summary.items.length === 0) return false;
      setStep('review');
      return true;
    },
    back: () => setStep(listStep),
    showSent: (submission) => {
      hashing.clear();
      setSent(submission);
      setStep('sent');
    },
    startOver: () => {
      hashing.clear();
      setStep('choose');
    },
    done: () => {
      setSent(null);
      setStep('choose');
    },
  };
}
