import { type RoleName } from '../types';

/** One demo user per role and scope the demo shows (dev login only). Names are fictional. */
export const DEMO_USERS = [
  {
    key: 'admin',
    email: 'admin@tiltak.example',
    name: 'Ada Admin',
    role: 'admin',
    unitCode: 'NTNU',
  },
  {
    key: 'hr',
    email: 'hr@tiltak.example',
    name: 'Hedda Rustad',
    role: 'hr',
    unitCode: 'NTNU',
  },
  {
    key: 'hmsIe',
    email: 'hms.ie@tiltak.example',
    name: 'Halvard Myklebust',
    role: 'hr',
    unitCode: 'IE',
  },
  {
    key: 'dekanIe',
    email: 'dekan.ie@tiltak.example',
    name: 'Dagny Ekre',
    role: 'leader',
    unitCode: 'IE',
  },
  {
    key: 'lederIdi',
    email: 'leder.idi@tiltak.example',
    name: 'Lise Dalen',
    role: 'leader',
    unitCode: 'IE-IDI',
  },
  {
    key: 'lederItk',
    email: 'leder.itk@tiltak.example',
    name: 'Leif Tveit',
    role: 'leader',
    unitCode: 'IE-ITK',
  },
  {
    key: 'voIdi',
    email: 'vo.idi@tiltak.example',
    name: 'Vilde Ottesen',
    role: 'verneombud',
    unitCode: 'IE-IDI',
  },
  {
    key: 'ansattIdi',
    email: 'ansatt.idi@tiltak.example',
    name: 'Amund Sletten',
    role: 'employee',
    unitCode: 'IE-IDI',
  },
] as const satisfies readonly {
  key: string;
  email: string;
  name: string;
  role: RoleName;
  unitCode: string;
}[];

export type DemoUserKey = (typeof DEMO_USERS)[number]['key'];

/**
 * Cases that tests and demos rely on in the current (2023) round: IE-IDI's case is untouched (results
 * published, no workshop) so a test can walk it through every state; IE-ITK's has a full plan with
 * open measures at each escalation step.
 */
export const SPECIAL_CASES = {
  untouched: 'IE-IDI',
  planned: 'IE-ITK',
} as const;

/**
 * Days from `today` to the deadlines of IE-ITK's open measures in the current round: the escalation
 * steps of `DEFAULT_ESCALATION_POLICY` in libs/shared/domain (7 days before, 1, 14 and 28 days after) and one well past the last step.
 */
export const ESCALATION_PROBE_OFFSETS = [7, -1, -14, -28, -45] as const;
