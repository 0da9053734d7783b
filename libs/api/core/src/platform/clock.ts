import { Injectable } from '@nestjs/common';

/** The current time, behind an injectable so that tests and imports control it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** `YYYY-MM-DD` of today in UTC (SPEC G7). */
  today(): string {
    return this.now().toISOString().slice(0, 10);
  }
}
