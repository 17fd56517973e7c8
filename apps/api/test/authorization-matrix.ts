/**
 * Who may do what: one row per route and demo user, with the expected outcome against IE-IDI's 2023
 * case (the "own" unit of leder.idi, vo.idi and ansatt.idi) and IE-ITK's 2023 case (another unit in
 * the same faculty). Routes that do not concern a case have the same outcome in both columns.
 *
 *   ok      2xx
 *   guard   409 (access granted; the request is refused by a rule of the domain, e.g. a guard)
 *   403     forbidden: may read, may not do this
 *   404     the case is hidden: may not even read it
 *   401     not signed in
 *
 * authorization-matrix.e2e.spec.ts fails if a route of the API has no rows here, or a row names a
 * route that does not exist.
 */
export type Outcome = 'ok' | 'guard' | '403' | '404' | '401';
export type DemoUser =
  | 'admin'
  | 'hr'
  | 'hms.ie'
  | 'dekan.ie'
  | 'leder.idi'
  | 'leder.itk'
  | 'vo.idi'
  | 'ansatt.idi'
  | 'anonymous';

/** [IE-IDI, IE-ITK] per user. */
export type Row = Record<DemoUser, [Outcome, Outcome]>;

const all = (o: Outcome): Row => ({
  admin: [o, o],
  hr: [o, o],
  'hms.ie': [o, o],
  'dekan.ie': [o, o],
  'leder.idi': [o, o],
  'leder.itk': [o, o],
  'vo.idi': [o, o],
  'ansatt.idi': [o, o],
  anonymous: ['401', '401'],
});
const adminOnly: Row = { ...all('403'), admin: ['ok', 'ok'] };

/** Reading a case: anyone with a role at the unit or above it. */
const readCase: Row = {
  admin: ['ok', 'ok'],
  hr: ['ok', 'ok'],
  'hms.ie': ['ok', 'ok'],
  'dekan.ie': ['ok', 'ok'],
  'leder.idi': ['ok', '404'],
  'leder.itk': ['404', 'ok'],
  'vo.idi': ['ok', '404'],
  'ansatt.idi': ['ok', '404'],
  anonymous: ['401', '401'],
};
/** Comments, confirmations and the timeline: as reading, but not for employees. */
const readInternal: Row = { ...readCase, 'ansatt.idi': ['403', '404'] };
/** Changing the plan: admin and the leader of exactly that unit. */
const editCase: Row = {
  admin: ['ok', 'ok'],
  hr: ['403', '403'],
  'hms.ie': ['403', '403'],
  'dekan.ie': ['403', '403'],
  'leder.idi': ['ok', '404'],
  'leder.itk': ['404', 'ok'],
  'vo.idi': ['403', '404'],
  'ansatt.idi': ['403', '404'],
  anonymous: ['401', '401'],
};
/** Commenting: editors, HR/HSE and verneombud covering the unit. */
const comment: Row = {
  ...editCase,
  hr: ['ok', 'ok'],
  'hms.ie': ['ok', 'ok'],
  'vo.idi': ['ok', '404'],
};
/** Confirming participation: verneombud covering the unit. */
const confirm: Row = {
  ...editCase,
  admin: ['403', '403'],
  'leder.idi': ['403', '404'],
  'leder.itk': ['404', '403'],
  'vo.idi': ['ok', '404'],
};
/**
 * Transitions: the test asks for a step the transition table does not allow, so those who may move the
 * case (its leader, and HR/HSE who may close it) get the table's 409; the others are refused first.
 */
const transition: Row = {
  ...editCase,
  admin: ['guard', 'guard'],
  hr: ['guard', 'guard'],
  'hms.ie': ['guard', 'guard'],
  'leder.idi': ['guard', '404'],
  'leder.itk': ['404', 'guard'],
};

export const AUTHORIZATION_MATRIX: Record<string, Row> = {
  'GET /api/health': { ...all('ok'), anonymous: ['ok', 'ok'] },
  'GET /api/auth/me': all('ok'),
  'GET /api/auth/config': { ...all('ok'), anonymous: ['ok', 'ok'] },
  'POST /api/auth/logout': { ...all('ok'), anonymous: ['ok', 'ok'] },
  'POST /api/auth/dev-login': { ...all('ok'), anonymous: ['ok', 'ok'] },
  'GET /api/auth/dev-users': { ...all('ok'), anonymous: ['ok', 'ok'] },

  /** A case's directory (?caseId=): for those who may change the case; without caseId, admins only. */
  'GET /api/users': editCase,
  'PATCH /api/users/me': all('ok'),
  'GET /api/users/{id}': all('ok'),
  'POST /api/users': adminOnly,
  'PATCH /api/users/{id}': adminOnly,
  'GET /api/users/{id}/roles': adminOnly,
  'POST /api/users/{id}/roles': adminOnly,
  'DELETE /api/users/{id}/roles/{assignmentId}': adminOnly,

  'GET /api/content/speak-up': all('ok'),
  'PUT /api/content/speak-up': adminOnly,

  'GET /api/org-units': all('ok'),
  'GET /api/org-units/{id}': all('ok'),
  'POST /api/org-units': adminOnly,
  'PATCH /api/org-units/{id}': adminOnly,
  'PUT /api/org-units/{id}/predecessors': adminOnly,

  'GET /api/rounds': all('ok'),
  'GET /api/rounds/{id}': all('ok'),
  'POST /api/rounds': adminOnly,
  'PATCH /api/rounds/{id}': { ...adminOnly, hr: ['ok', 'ok'] },

  'GET /api/cases': all('ok'),
  'POST /api/cases': adminOnly,
  'GET /api/cases/{id}': readCase,
  'PATCH /api/cases/{id}/workshop': editCase,
  'POST /api/cases/{id}/transitions': transition,
  'GET /api/cases/{id}/results': readCase,
  'GET /api/cases/{id}/groups': readCase,
  'POST /api/cases/{id}/groups': editCase,
  'PATCH /api/cases/{id}/groups/{groupId}': editCase,
  'GET /api/cases/{id}/plenary': readCase,
  'GET /api/cases/{id}/areas': readCase,
  'POST /api/cases/{id}/areas': editCase,
  'PATCH /api/cases/{id}/areas/{areaId}': editCase,
  'GET /api/cases/{id}/measures': readCase,
  'POST /api/cases/{id}/measures': editCase,
  'GET /api/cases/{id}/comments': readInternal,
  'POST /api/cases/{id}/comments': comment,
  'GET /api/cases/{id}/confirmations': readInternal,
  'POST /api/cases/{id}/confirmations': confirm,
  'GET /api/cases/{id}/timeline': readInternal,
  'PUT /api/cases/{id}/results': editCase,
  'GET /api/cases/{id}/plan.pdf': readCase,
  'GET /api/cases/{id}/plan.xlsx': readCase,
  'GET /api/cases/{id}/impact': readCase,

  'GET /api/measures/{id}': readCase,
  'PATCH /api/measures/{id}': editCase,
  'POST /api/measures/{id}/status': editCase,
  'POST /api/measures/{id}/deadline': editCase,
  'POST /api/measures/{id}/cancel': editCase,
  'PUT /api/measures/{id}/evaluation': editCase,

  'POST /api/imports/results': { ...adminOnly, hr: ['ok', 'ok'], 'hms.ie': ['ok', 'ok'] },
  'POST /api/imports/sector-benchmark': { ...adminOnly, hr: ['ok', 'ok'] },
  'POST /api/imports/org-units': adminOnly,
  'POST /api/imports/people': adminOnly,
  'GET /api/imports/history': adminOnly,
  'GET /api/imports/history/{id}/file': adminOnly,
  'GET /api/reports/completion': {
    ...all('403'),
    admin: ['ok', 'ok'],
    hr: ['ok', 'ok'],
    'hms.ie': ['ok', 'ok'],
    'dekan.ie': ['ok', 'ok'],
    'leder.idi': ['ok', '403'],
    'leder.itk': ['403', 'ok'],
  },
  'GET /api/reports/overdue': {
    ...all('403'),
    admin: ['ok', 'ok'],
    hr: ['ok', 'ok'],
    'hms.ie': ['ok', 'ok'],
    'dekan.ie': ['ok', 'ok'],
    'leder.idi': ['ok', '403'],
    'leder.itk': ['403', 'ok'],
  },
  'GET /api/reports/impact': {
    ...all('403'),
    admin: ['ok', 'ok'],
    hr: ['ok', 'ok'],
    'hms.ie': ['ok', 'ok'],
    'dekan.ie': ['ok', 'ok'],
    'leder.idi': ['ok', '403'],
    'leder.itk': ['403', 'ok'],
  },
  'GET /api/reports/results': {
    ...all('403'),
    admin: ['ok', 'ok'],
    hr: ['ok', 'ok'],
    'hms.ie': ['ok', 'ok'],
    'dekan.ie': ['ok', 'ok'],
    'leder.idi': ['ok', '403'],
    'leder.itk': ['403', 'ok'],
  },
  // Deadline follow-up (issue 3): HR/HSE see escalations within their scope; only admins run a scan.
  'GET /api/escalations/preview': { ...adminOnly, hr: ['ok', 'ok'], 'hms.ie': ['ok', 'ok'] },
  'POST /api/escalations/run': adminOnly,
  /** Everyone lists notifications; the rows are filtered to the caller's own (HR: scope, admin: all). */
  'GET /api/notifications': all('ok'),
  'GET /api/rounds/{id}/escalation-policy': {
    ...adminOnly,
    hr: ['ok', 'ok'],
    'hms.ie': ['ok', 'ok'],
  },
  /** As changing a round: admin, or HR/HSE for the whole institution. */
  'PUT /api/rounds/{id}/escalation-policy': { ...adminOnly, hr: ['ok', 'ok'] },
  /** Everyone may (re)create or revoke their own feed address. */
  'POST /api/calendar/token': all('ok'),
  'DELETE /api/calendar/token': all('ok'),
  /** The feed needs no session: its secret address is the credential (an unknown one is a 404). */
  'GET /api/calendar/{token}': { ...all('ok'), anonymous: ['ok', 'ok'] },
};
