import { Injectable } from '@nestjs/common';
import { osloDate } from '@tiltak/shared/domain';

/** The one source of "now", so tests can move time. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's calendar date in Europe/Oslo. */
  today(): string {
    return osloDate(this.now());
  }
}
