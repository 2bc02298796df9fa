import { ArrayMaxSize, IsArray, IsInt, Max, Min } from 'class-validator';
import { IsDistinct } from './distinct.validator';

/** The GCM has 23 objectives, numbered from 1. */
export const OBJECTIVE_COUNT = 23;

/** A list of distinct GCM objective numbers, as every input that names objectives takes it. */
export function IsObjectiveNumbers(): PropertyDecorator {
  const rules = [
    IsArray(),
    ArrayMaxSize(OBJECTIVE_COUNT),
    IsDistinct(),
    IsInt({ each: true }),
    Min(1, { each: true }),
    Max(OBJECTIVE_COUNT, { each: true }),
  ];
  return (target, property) => {
    for (const rule of rules) rule(target, property);
  };
}
