import { applyDecorators } from '@nestjs/common';
import { IsInt, Max, Min, ValidateIf } from 'class-validator';

/** For PATCH bodies: validate a field only when present (null is then checked, not skipped). */
export const whenDefined = () => ValidateIf((_: object, v: unknown) => v !== undefined);

/** For nullable fields: validate unless absent or null. */
export const whenPresent = () =>
  ValidateIf((_: object, v: unknown) => v !== undefined && v !== null);

/**
 * The optimistic-lock version the client last saw: a JSON number that is a positive whole number.
 * Nothing is converted (`true` or `"1"` would otherwise be read as version 1).
 */
export function versionField(): PropertyDecorator {
  const message = 'version must be the positive whole-number version you last read';
  return applyDecorators(IsInt({ message }), Min(1, { message }), Max(2_147_483_647, { message }));
}

export class Versioned {
  @versionField()
  version: number;
}

/**
 * The contract's field names, each of any type: for a DTO that accepts any values and checks them after
 * validation (the result entry runs the import rules, apps/api/src/modules/results/result-values.ts), so
 * a renamed or added field still fails the compiler.
 */
export type UncheckedFields<T> = { [K in keyof T]: unknown };
