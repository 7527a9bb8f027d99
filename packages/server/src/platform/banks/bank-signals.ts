/**
 * Signals as a bank stores them: checked at the door (pdq: 64 lower-case hex; md5: 32; vPDQ: the
 * reference's text form), repeats within one content dropped.
 */
import { parseVpdqText, VpdqFormatError } from '@jikim/pdq';
import { BankError, type NewSignal } from '../platform-ports.js';

/** A content holds one image's hashes (PDQ and its 7 dihedral variants, MD5) or a video's; generous. */
export const MAX_SIGNALS_PER_CONTENT = 64;
/** A vPDQ text of about six hours at one frame a second. */
const MAX_VPDQ_CHARS = 2_000_000;
const PDQ = /^[0-9a-f]{64}$/;
const MD5 = /^[0-9a-f]{32}$/;

function checkOne(signal: NewSignal, position: number): void {
  const where = `signal ${position + 1}`;
  if (signal.quality !== undefined && !(Number.isInteger(signal.quality) && signal.quality >= 0 && signal.quality <= 100)) {
    throw new BankError('invalid_signal', `${where}: quality is a whole number from 0 to 100`);
  }
  switch (signal.type) {
    case 'pdq':
      if (!PDQ.test(signal.value)) throw new BankError('invalid_signal', `${where}: a PDQ hash is 64 lower-case hex characters`);
      return;
    case 'md5':
      if (!MD5.test(signal.value)) throw new BankError('invalid_signal', `${where}: an MD5 hash is 32 lower-case hex characters`);
      return;
    case 'vpdq': {
      if (signal.value.length > MAX_VPDQ_CHARS) throw new BankError('invalid_signal', `${where}: the vPDQ text is too long`);
      let frames: number;
      try {
        frames = parseVpdqText(signal.value).length;
      } catch (error) {
        if (error instanceof VpdqFormatError) throw new BankError('invalid_signal', `${where}: ${error.message}`);
        throw error;
      }
      if (frames === 0) throw new BankError('invalid_signal', `${where}: the vPDQ text has no frames`);
      return;
    }
    default:
      throw new BankError('invalid_signal', `${where}: unknown signal type`);
  }
}

/** The signals to store, in the order given, without repeats; a bad one is a BankError('invalid_signal'). */
export function checkSignals(signals: readonly NewSignal[]): NewSignal[] {
  if (signals.length === 0) throw new BankError('invalid_signal', 'A content needs at least one signal');
  if (signals.length > MAX_SIGNALS_PER_CONTENT) throw new BankError('invalid_signal', `A content holds at most ${MAX_SIGNALS_PER_CONTENT} signals`);
  const seen = new Set<string>();
  const out: NewSignal[] = [];
  signals.forEach((signal, i) => {
    checkOne(signal, i);
    const key = `${signal.type}:${signal.value}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(signal);
  });
  return out;
}
