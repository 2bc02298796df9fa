import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';

export type FormBody = Record<string, string | string[] | undefined>;

/** One value of a form field: the first when a browser sent it twice. */
export function field(body: FormBody, name: string): string | undefined {
  const value = body[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Every value of a repeated field (checkboxes), at most `max` of them. */
export function fields(body: FormBody, name: string, max: number): string[] {
  const value = body[name];
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.slice(0, max);
}

/** An integer field, or the raw text when it is not one (so validation says why). */
export function intField(value: string | undefined): number | string | undefined {
  if (value === undefined || value === '') return undefined;
  return /^-?\d{1,9}$/.test(value) ? Number(value) : value;
}

/** Every constraint message, nested ones named by their path as the API's pipe names them. */
function messages(failures: ValidationError[], path = ''): string[] {
  return failures.flatMap((f) => [
    ...Object.values(f.constraints ?? {}).map((m) => path + m),
    ...messages(f.children ?? [], `${path}${f.property}.`),
  ]);
}

/**
 * A form checked by the same class-validator DTO the API checks its JSON with: a page accepts
 * exactly what the API would. Returns the DTO, or the constraint messages.
 */
export async function validated<T extends object>(
  dto: ClassConstructor<T>,
  input: Record<string, unknown>,
): Promise<{ value: T; errors: [] } | { value?: undefined; errors: string[] }> {
  const value = plainToInstance(dto, input);
  const failures = await validate(value, {
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
  });
  if (failures.length === 0) return { value, errors: [] };
  return {
    errors: messages(failures).slice(0, 10),
  };
}
