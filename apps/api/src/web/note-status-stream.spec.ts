import { noteStatusChanges, type NoteStatus } from './note-status-stream';

async function collect(stream: AsyncGenerator<NoteStatus>): Promise<NoteStatus[]> {
  const seen: NoteStatus[] = [];
  for await (const status of stream) seen.push(status);
  return seen;
}

describe('a round’s drafting status, streamed', () => {
  const signal = new AbortController().signal;

  it('sends each change once and ends when the note is drafted', async () => {
    const reads: NoteStatus[] = [
      { status: 'synthesizing', version: null },
      { status: 'synthesizing', version: null },
      { status: 'drafted', version: 1 },
    ];
    const read = jest.fn(async () => reads.shift()!);
    const seen = await collect(
      noteStatusChanges({ status: 'closed', version: null }, read, {
        intervalMs: 1,
        limitMs: 5_000,
        signal,
      }),
    );
    expect(seen).toEqual([
      { status: 'closed', version: null },
      { status: 'synthesizing', version: null },
      { status: 'drafted', version: 1 },
    ]);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('sends one status and ends at once when no draft is under way', async () => {
    const read = jest.fn();
    const seen = await collect(
      noteStatusChanges({ status: 'drafted', version: 2 }, read, {
        intervalMs: 1,
        limitMs: 5_000,
        signal,
      }),
    );
    expect(seen).toEqual([{ status: 'drafted', version: 2 }]);
    expect(read).not.toHaveBeenCalled();
  });

  it('ends within its time limit while the draft is still under way', async () => {
    const started = Date.now();
    const read = async (): Promise<NoteStatus> => ({ status: 'synthesizing', version: 1 });
    const seen = await collect(
      noteStatusChanges({ status: 'synthesizing', version: 1 }, read, {
        intervalMs: 20,
        limitMs: 200,
        signal,
      }),
    );
    expect(seen).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('ends as soon as it is aborted', async () => {
    const stop = new AbortController();
    const read = async (): Promise<NoteStatus> => ({ status: 'synthesizing', version: null });
    const stream = noteStatusChanges({ status: 'closed', version: null }, read, {
      intervalMs: 60_000,
      limitMs: 120_000,
      signal: stop.signal,
    });
    expect((await stream.next()).value).toEqual({ status: 'closed', version: null });
    const ended = stream.next();
    stop.abort();
    expect(await ended).toEqual({ done: true, value: undefined });
  });
});
