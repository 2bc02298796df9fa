import { setTimeout } from 'node:timers/promises';
import type { RoundStatus } from '@convene/rounds';

export interface NoteStatus {
  status: RoundStatus;
  /** The latest version's number, null before the first note. */
  version: number | null;
}

/** While a round is just closed or being drafted, a new version may come. */
export const isDrafting = (s: NoteStatus) => s.status === 'closed' || s.status === 'synthesizing';

export interface PollOptions {
  intervalMs: number;
  /** The stream ends after this long whatever happens: a browser reconnects if it still cares. */
  limitMs: number;
  signal: AbortSignal;
}

/**
 * A round's drafting status each time it changes, starting with `first`: polled while a draft
 * may still come, ended when none can, when the time limit is reached, or on `signal`.
 */
export async function* noteStatusChanges(
  first: NoteStatus,
  read: () => Promise<NoteStatus>,
  { intervalMs, limitMs, signal }: PollOptions,
): AsyncGenerator<NoteStatus> {
  const deadline = Date.now() + limitMs;
  let current = first;
  yield current;
  while (isDrafting(current) && Date.now() + intervalMs <= deadline) {
    try {
      await setTimeout(intervalMs, undefined, { signal });
    } catch {
      return;
    }
    const next = await read();
    if (next.status !== current.status || next.version !== current.version) yield next;
    current = next;
  }
}
