import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { registerDecorator, type ValidationOptions } from 'class-validator';

function flatten(errors: ValidationError[], prefix = ''): { field: string; problem: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((problem) => ({ field, problem }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Rejects unknown and malformed fields with a 400 that names every one of them. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      return new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: details
          .map((d) => (d.problem.startsWith(d.field) ? d.problem : `${d.field}: ${d.problem}`))
          .join('; '),
        details,
      });
    },
  });
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && y <= 2200 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be a date written YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
}

/**
 * A one-line text (a name, a title): no line breaks or tabs. Such texts end up in e-mail subjects,
 * calendar SUMMARY lines and spreadsheet cells, where a CR or LF would break out of its line.
 */
export function SingleLine(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'singleLine',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be a single line (no line breaks or tabs)`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || !/[\r\n\t\u2028\u2029]/.test(value),
      },
    });
}

/** A name must contain something visible: only spaces (of any kind) is refused. */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'notBlank',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must not be blank`, ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || /[^\s\u200b-\u200d\u2060\ufeff]/.test(value),
      },
    });
}
