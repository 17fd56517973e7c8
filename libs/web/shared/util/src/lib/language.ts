import { type Language, LANGUAGES } from '@tiltak/shared/api-contract';

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** The BCP 47 locale used for dates and numbers in each UI language. */
export function localeOf(language: Language): string {
  return language === 'nb' ? 'nb-NO' : 'en-GB';
}

export type Named =
  | { nameNb: string; nameEn: string }
  | { unitNameNb: string; unitNameEn: string }
  | { nb: string; en: string };

/** Picks the name in the reader's language from a unit, a case summary, an index or a theme. */
export function localName(item: Named, language: Language): string {
  const en = language === 'en';
  if ('nameNb' in item) return en ? item.nameEn : item.nameNb;
  if ('unitNameNb' in item) return en ? item.unitNameEn : item.unitNameNb;
  return en ? item.en : item.nb;
}
