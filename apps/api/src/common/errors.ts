import { ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';

export const notFound = (what: string) => new NotFoundException(`${what} not found`);
export const forbidden = (what: string) => new ForbiddenException(`You may not ${what}`);

export function staleVersion(entity: string, current: number): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    message: `The ${entity} was changed by someone else (now version ${current}). Reload it and apply your change again.`,
    currentVersion: current,
  });
}
