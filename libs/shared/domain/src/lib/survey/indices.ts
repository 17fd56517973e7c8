// The same table as indices.csv next to this file (the survey's catalogue); the spec checks that they agree.

/**
 * The survey's six themes in report order. `incident_handling` comes from the workshop deck
 * ("Håndtering av uheldige hendelser"): the survey maps it, but none of the 17 indices belongs to it.
 */
export const THEMES = [
  {
    code: 'individual_job',
    nb: 'Den enkelte og jobben',
    en: 'The individual and the job',
  },
  {
    code: 'leaders_employees',
    nb: 'Samspill ledere og medarbeidere',
    en: 'Interaction between leaders and employees',
  },
  {
    code: 'communication',
    nb: 'Kommunikasjon og medvirkning',
    en: 'Communication and participation',
  },
  {
    code: 'cooperation',
    nb: 'Samarbeid og fellesskap',
    en: 'Cooperation and community',
  },
  {
    code: 'incident_handling',
    nb: 'Håndtering av uheldige hendelser',
    en: 'Handling of adverse incidents',
  },
  {
    code: 'support_culture',
    nb: 'Støtte, samspill og kultur',
    en: 'Support, interaction and culture',
  },
] as const;

export type ThemeCode = (typeof THEMES)[number]['code'];

export type SurveyIndex = {
  number: number;
  code: string;
  themeCode: ThemeCode;
  nb: string;
  en: string;
};

/** All 17 indices are phrased so that a higher mean (scale 1–5) is better. */
export const INDICES = [
  {
    number: 1,
    code: 'autonomy',
    themeCode: 'individual_job',
    nb: 'Autonomi',
    en: 'Autonomy',
  },
  {
    number: 2,
    code: 'meaningful_work',
    themeCode: 'individual_job',
    nb: 'Mening i jobben',
    en: 'Meaningful work',
  },
  {
    number: 3,
    code: 'intrinsic_motivation',
    themeCode: 'individual_job',
    nb: 'Indre motivasjon',
    en: 'Intrinsic motivation',
  },
  {
    number: 4,
    code: 'role_clarity',
    themeCode: 'individual_job',
    nb: 'Rolleklarhet',
    en: 'Role clarity',
  },
  {
    number: 5,
    code: 'no_role_conflict',
    themeCode: 'individual_job',
    nb: 'Fravær av rollekonflikt',
    en: 'Absence of role conflict',
  },
  {
    number: 6,
    code: 'no_stress',
    themeCode: 'individual_job',
    nb: 'Fravær av stress',
    en: 'Absence of stress',
  },
  {
    number: 7,
    code: 'no_work_home_conflict',
    themeCode: 'individual_job',
    nb: 'Fravær av arbeid-hjem-konflikt',
    en: 'Absence of work-home conflict',
  },
  {
    number: 8,
    code: 'leader_relations',
    themeCode: 'leaders_employees',
    nb: 'Leders relasjonsorientering',
    en: "Leader's relational orientation",
  },
  {
    number: 9,
    code: 'recognition',
    themeCode: 'leaders_employees',
    nb: 'Anerkjennelse fra ledelsen',
    en: 'Recognition from management',
  },
  {
    number: 10,
    code: 'clear_expectations',
    themeCode: 'leaders_employees',
    nb: 'Tydelighet i forventninger',
    en: 'Clarity of expectations',
  },
  {
    number: 11,
    code: 'influence',
    themeCode: 'communication',
    nb: 'Innflytelse og medvirkning',
    en: 'Influence and participation',
  },
  {
    number: 12,
    code: 'collegial_community',
    themeCode: 'cooperation',
    nb: 'Fellesskap mellom kolleger',
    en: 'Community among colleagues',
  },
  {
    number: 13,
    code: 'extra_role',
    themeCode: 'cooperation',
    nb: 'Ekstrarolleadferd',
    en: 'Extra-role behaviour',
  },
  {
    number: 14,
    code: 'no_incivility',
    themeCode: 'cooperation',
    nb: 'Fravær av ugrei oppførsel',
    en: 'Absence of incivility',
  },
  {
    number: 15,
    code: 'no_interpersonal_conflict',
    themeCode: 'cooperation',
    nb: 'Fravær av personkonflikt',
    en: 'Absence of interpersonal conflict',
  },
  {
    number: 16,
    code: 'development_culture',
    themeCode: 'support_culture',
    nb: 'Kultur for utvikling',
    en: 'Culture for development',
  },
  {
    number: 17,
    code: 'belonging',
    themeCode: 'support_culture',
    nb: 'Tilhørighet til arbeidsstedet',
    en: 'Belonging to the workplace',
  },
] as const satisfies readonly SurveyIndex[];

export type IndexCode = (typeof INDICES)[number]['code'];

export const INDEX_CODES: readonly IndexCode[] = INDICES.map((index) => index.code);

export function isIndexCode(value: string): value is IndexCode {
  return (INDEX_CODES as readonly string[]).includes(value);
}

/**
 * Items keyed by index code in the survey's order (1–17), each with its index; codes that are not an
 * index are left out.
 */
export function inIndexOrder<T extends { code: string }>(
  items: readonly T[],
): (T & { index: SurveyIndex })[] {
  const byCode = new Map(items.map((item) => [item.code, item]));
  return INDICES.flatMap((index) => {
    const item = byCode.get(index.code);
    return item ? [{ ...item, index }] : [];
  });
}

/** Units with fewer respondents than this show no values; the real NTNU threshold is not public. */
export const DEFAULT_ANONYMITY_THRESHOLD = 5;
