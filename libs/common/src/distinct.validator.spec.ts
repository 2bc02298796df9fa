import { validateSync } from 'class-validator';
import { IsDistinct } from './distinct.validator';

class Input {
  @IsDistinct()
  items: unknown[];
}

const errors = (items: unknown[]) =>
  validateSync(Object.assign(new Input(), { items })).flatMap((e) =>
    Object.values(e.constraints ?? {}),
  );

describe('IsDistinct', () => {
  it('takes distinct items and refuses a repeat, with @ArrayUnique’s message', () => {
    expect(errors([1, 2, 3])).toEqual([]);
    expect(errors([1, 2, 1])).toEqual(["All items's elements must be unique"]);
    expect(errors(['a', 'A'])).toEqual([]);
  });

  it('checks a long list in one pass', () => {
    const long = Array.from({ length: 200_000 }, (_, i) => i);
    expect(errors(long)).toEqual([]);
    expect(errors([...long, 0])).toHaveLength(1);
  });
});
