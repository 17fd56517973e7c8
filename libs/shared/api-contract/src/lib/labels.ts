import type { AreaKind, CaseState, MeasureStatus } from '@tiltak/shared/domain';
import type { Language } from './api-contract';

/*
 * The words for the domain's states, statuses and area kinds, in every language. The API prints them in
 * exported documents; the web's translation files (apps/web/public/i18n) carry the same words under
 * `state`, `measureStatus` and `area.kinds`, and apps/web/src/app/i18n.spec.ts checks they agree.
 */

export const CASE_STATE_LABELS = {
  nb: {
    results_published: 'Resultater publisert',
    results_presented: 'Resultater presentert',
    areas_chosen: 'Områder valgt',
    measures_planned: 'Tiltak planlagt',
    evaluated: 'Evaluert',
    closed: 'Lukket',
  },
  en: {
    results_published: 'Results published',
    results_presented: 'Results presented',
    areas_chosen: 'Areas chosen',
    measures_planned: 'Measures planned',
    evaluated: 'Evaluated',
    closed: 'Closed',
  },
} as const satisfies Record<Language, Record<CaseState, string>>;

export const MEASURE_STATUS_LABELS = {
  nb: {
    planned: 'Planlagt',
    in_progress: 'Pågår',
    done: 'Gjennomført',
    postponed: 'Utsatt',
    cancelled: 'Avbrutt',
  },
  en: {
    planned: 'Planned',
    in_progress: 'In progress',
    done: 'Done',
    postponed: 'Postponed',
    cancelled: 'Cancelled',
  },
} as const satisfies Record<Language, Record<MeasureStatus, string>>;

export const AREA_KIND_LABELS = {
  nb: { preserve: 'Bevare', develop: 'Utvikle' },
  en: { preserve: 'Preserve', develop: 'Develop' },
} as const satisfies Record<Language, Record<AreaKind, string>>;
