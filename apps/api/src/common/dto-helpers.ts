import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, Max, Min, ValidateIf } from 'class-validator';

/** For PATCH bodies: validate a field only when present (null is then checked, not skipped). */
export const whenDefined = () => ValidateIf((_: object, v: unknown) => v !== undefined);

/** For nullable fields: validate unless absent or null. */
export const whenPresent = () => ValidateIf((_: object, v: unknown) => v !== undefined && v !== null);

/** The optimistic-lock version the client last saw. */
export function versionField(): PropertyDecorator {
  return applyDecorators(
    Type(() => Number),
    IsInt({ message: 'version must be the whole-number version you last read' }),
    Min(1),
    Max(2_147_483_647),
  );
}

export class Versioned {
  @versionField()
  version: number;
}
