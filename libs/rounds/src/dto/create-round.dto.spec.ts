import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreateRoundDto } from './create-round.dto';

function closesAtErrors(closesAt: unknown): string[] {
  const dto = plainToInstance(CreateRoundDto, { closesAt });
  return validateSync(dto)
    .filter((e) => e.property === 'closesAt')
    .flatMap((e) => Object.values(e.constraints ?? {}));
}

describe('CreateRoundDto.closesAt', () => {
  it.each(['2030-05-01T12:00:00Z', '2030-05-01T12:00Z', '2030-05-01T14:00:00.123+02:00'])(
    'takes %s',
    (value) => expect(closesAtErrors(value)).toEqual([]),
  );

  it.each(['2030-05-01', '2030-05-01T12:00:00', '2099-W01-1', '2030-123', 'tomorrow', 20300501])(
    'refuses %s, which has no unambiguous instant',
    (value) => expect(closesAtErrors(value).length).toBeGreaterThan(0),
  );
});
