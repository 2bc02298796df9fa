import { InvalidInputError } from '@convene/common';
import { decodeCursor, encodeCursor } from './contribution-rows';

describe('contribution cursors', () => {
  const id = '0b6f3a52-3c1e-4f57-9a7e-2f0c8f1d9e11';

  it('round-trips timestamps to the microsecond', () => {
    const at = '2026-11-25T00:39:30.123456Z';
    expect(decodeCursor(encodeCursor(at, id))).toEqual({ at, id });
  });

  it('rejects cursors it did not give out', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(InvalidInputError);
    expect(() => decodeCursor(Buffer.from(`yesterday|${id}`).toString('base64url'))).toThrow(
      InvalidInputError,
    );
    expect(() =>
      decodeCursor(Buffer.from('2026-11-25T00:39:30.000000Z|1; DROP TABLE').toString('base64url')),
    ).toThrow(InvalidInputError);
  });
});
