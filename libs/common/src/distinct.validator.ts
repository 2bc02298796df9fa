import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * The items of an array are distinct (strict equality, as @ArrayUnique), checked in linear time:
 * class-validator's @ArrayUnique compares every pair, which a long list turns into seconds.
 */
export function IsDistinct(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDistinct',
      validator: {
        validate: (value: unknown) => Array.isArray(value) && new Set(value).size === value.length,
        defaultMessage: buildMessage(
          (each) => `${each}All $property's elements must be unique`,
          options,
        ),
      },
    },
    options,
  );
}
