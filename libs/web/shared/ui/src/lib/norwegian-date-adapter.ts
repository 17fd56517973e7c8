import { Injectable } from '@angular/core';
import { type MatDateFormats, NativeDateAdapter } from '@angular/material/core';
import { parseLocalDate } from '@tiltak/web/shared/util';

/** Accepts typed dates as Norwegians write them (31.12.2026) as well as ISO. */
@Injectable()
export class NorwegianDateAdapter extends NativeDateAdapter {
  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value === 'string') {
      if (value.trim() === '') return null;
      return parseLocalDate(value) ?? this.invalid();
    }
    return super.parse(value, parseFormat);
  }
}

/** dd.mm.yyyy in bokmål, dd/mm/yyyy in British English. */
export const NORWEGIAN_DATE_FORMATS: MatDateFormats = {
  parse: { dateInput: null },
  display: {
    dateInput: { year: 'numeric', month: '2-digit', day: '2-digit' },
    monthYearLabel: { year: 'numeric', month: 'short' },
    dateA11yLabel: { year: 'numeric', month: 'long', day: 'numeric' },
    monthYearA11yLabel: { year: 'numeric', month: 'long' },
  },
};
