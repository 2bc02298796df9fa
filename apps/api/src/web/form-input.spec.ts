import { LoginDto } from '@convene/accounts';
import { CreateRoundDto } from '@convene/rounds';
import { field, fields, intField, validated } from './form-input';

describe('form input', () => {
  it('reads one value, a bounded list, and integers', () => {
    expect(field({ a: ['x', 'y'] }, 'a')).toBe('x');
    expect(fields({ o: ['1', '2', '3'] }, 'o', 2)).toEqual(['1', '2']);
    expect(fields({ o: '4' }, 'o', 2)).toEqual(['4']);
    expect(intField('12')).toBe(12);
    expect(intField('1e3')).toBe('1e3');
    expect(intField('')).toBeUndefined();
  });

  it('checks a form with the API’s DTO, unknown fields refused', async () => {
    expect((await validated(LoginDto, { email: 'a@b.org', password: 'x' })).errors).toEqual([]);
    const bad = await validated(LoginDto, { email: 'nope', password: 'x', admin: true });
    expect(bad.errors.join(' ')).toMatch(/email/);
    expect(bad.errors.join(' ')).toMatch(/admin/);
  });

  it('names a nested field by its path', async () => {
    const bad = await validated(CreateRoundDto, {
      title: 'A round',
      description: '',
      objectiveNumbers: [2],
      languages: ['en', 'fr'],
      closesAt: '2030-05-01T12:00Z',
      questions: [
        { number: 1, text: { en: 'Why?' } },
        { number: 2, text: { fr: 'Pourquoi ?' } },
      ],
    });
    expect(bad.errors).toEqual([
      'questions.1.text.en must be longer than or equal to 1 characters',
    ]);
  });
});
