// Generated from libs/shared/api-contract by `npm run contract:schemas`
// (apps/api/src/openapi/contract-schemas.generator.ts); do not edit.
import type {
  ReferenceObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

export type ContractSchemaName =
  | 'Achieved'
  | 'ApiError'
  | 'AreaDto'
  | 'AreaKind'
  | 'AreaKindValue'
  | 'AssignRoleRequest'
  | 'AuthConfigDto'
  | 'CalendarFeedUrlDto'
  | 'CancelMeasureRequest'
  | 'CaseDetailDto'
  | 'CaseImpactDto'
  | 'CaseResultsDto'
  | 'CaseState'
  | 'CaseSummaryDto'
  | 'CommentDto'
  | 'ComparedUnitDto'
  | 'CompletionMetrics'
  | 'CompletionReportDto'
  | 'CompletionReportParams'
  | 'CompletionRowDto'
  | 'CompletionTrendKey'
  | 'ConfirmationDto'
  | 'ContentPageDto'
  | 'CreateAreaRequest'
  | 'CreateCaseRequest'
  | 'CreateCommentRequest'
  | 'CreateConfirmationRequest'
  | 'CreateGroupRequest'
  | 'CreateMeasureRequest'
  | 'CreateOrgUnitRequest'
  | 'CreateRoundRequest'
  | 'CreateUserRequest'
  | 'DeadlineChangeDto'
  | 'DeadlineChangeRequest'
  | 'DevLoginRequest'
  | 'DevUserDto'
  | 'DirectoryUserDto'
  | 'EarlierResultDto'
  | 'EnterResultsRequest'
  | 'EscalationDayKind'
  | 'EscalationPolicyDto'
  | 'EscalationPreviewDto'
  | 'EscalationPreviewItem'
  | 'EscalationPreviewParams'
  | 'EscalationRecipient'
  | 'EscalationRunResult'
  | 'EscalationStep'
  | 'EvaluationAchieved'
  | 'EvaluationDto'
  | 'EvaluationRequest'
  | 'EvaluationVerdict'
  | 'GroupProposal'
  | 'HealthDto'
  | 'ImpactReportDto'
  | 'ImpactReportRowDto'
  | 'ImportKind'
  | 'ImportResultDto_OrgUnitChange'
  | 'ImportResultsParams'
  | 'ImportRunDto'
  | 'ImportSummaryDto'
  | 'IndexChangeDto'
  | 'IndexResultDto'
  | 'IndexValueDto'
  | 'Language'
  | 'ListCasesParams'
  | 'ListNotificationsParams'
  | 'ListUsersParams'
  | 'LogoutDto'
  | 'MeDto'
  | 'MeasureDto'
  | 'MeasureStatus'
  | 'MeasureStatusRequest'
  | 'NotificationDto'
  | 'NotificationStatus'
  | 'OrgImportParams'
  | 'OrgUnitChange'
  | 'OrgUnitChangeType'
  | 'OrgUnitDto'
  | 'OrgUnitImportResultDto'
  | 'OrgUnitKind'
  | 'OverdueMeasureDto'
  | 'OverdueReportDto'
  | 'OverdueReportParams'
  | 'PageParams'
  | 'PeopleImportMode'
  | 'PeopleImportParams'
  | 'PeopleImportResultDto'
  | 'PersonChange'
  | 'PersonChangeType'
  | 'PersonConflict'
  | 'PhaseDeadlines'
  | 'PlenaryItemDto'
  | 'PredecessorsDto'
  | 'ReportFileParams'
  | 'ReportFormat'
  | 'ReportGroupBy'
  | 'ReportScopeParams'
  | 'ResultsReportDto'
  | 'ResultsReportRowDto'
  | 'Role'
  | 'RoleAssignmentDto'
  | 'RoundDto'
  | 'SectorImportSummaryDto'
  | 'SetPredecessorsRequest'
  | 'SignInError'
  | 'SuppressionReason'
  | 'SyncedRole'
  | 'TimelineEventDto'
  | 'TransitionOptionDto'
  | 'TransitionRequest'
  | 'UnitResultDto'
  | 'UpdateAreaRequest'
  | 'UpdateContentPageRequest'
  | 'UpdateEscalationPolicyRequest'
  | 'UpdateGroupRequest'
  | 'UpdateMeasureRequest'
  | 'UpdateMyProfileRequest'
  | 'UpdateOrgUnitRequest'
  | 'UpdateRoundRequest'
  | 'UpdateUserRequest'
  | 'UpdateWorkshopRequest'
  | 'UserDto'
  | 'UserStatus'
  | 'Verdict'
  | 'VersionedRequest'
  | 'WorkshopDto'
  | 'WorkshopGroupDto';

export const CONTRACT_SCHEMAS: Record<ContractSchemaName, SchemaObject | ReferenceObject> = {
  Achieved: { $ref: '#/components/schemas/EvaluationAchieved' },
  ApiError: {
    type: 'object',
    properties: {
      statusCode: { type: 'number' },
      error: { type: 'string' },
      message: { type: 'string' },
      details: {
        type: 'array',
        items: {
          type: 'object',
          properties: { field: { type: 'string' }, problem: { type: 'string' } },
          required: ['field', 'problem'],
          additionalProperties: false,
        },
        description:
          "Field-level problems for 400s: `{ field: 'deadline', problem: 'must be a date YYYY-MM-DD' }`.",
      },
      missing: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            code: { type: 'string' },
            entityId: { type: 'string' },
            field: { type: 'string' },
            label: { type: 'string' },
          },
          required: ['code'],
          additionalProperties: false,
        },
        description: 'For a refused transition (409): what is missing.',
      },
      currentVersion: {
        type: 'number',
        description: 'For a stale optimistic-lock version (409): the version now stored.',
      },
    },
    required: ['statusCode', 'error', 'message'],
    additionalProperties: false,
  },
  AreaDto: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      caseId: { type: 'string' },
      kind: { $ref: '#/components/schemas/AreaKindValue' },
      title: { type: 'string' },
      description: { type: 'string', nullable: true },
      indexCodes: { type: 'array', items: { type: 'string' } },
      selected: { type: 'boolean' },
      rank: { type: 'number', nullable: true },
      votes: { type: 'number' },
      version: { type: 'number' },
    },
    required: [
      'id',
      'caseId',
      'kind',
      'title',
      'description',
      'indexCodes',
      'selected',
      'rank',
      'votes',
      'version',
    ],
    additionalProperties: false,
  },
  AreaKind: { type: 'string', enum: ['preserve', 'develop'] },
  AreaKindValue: { $ref: '#/components/schemas/AreaKind' },
  AssignRoleRequest: {
    type: 'object',
    properties: { role: { $ref: '#/components/schemas/Role' }, unitId: { type: 'string' } },
    required: ['role', 'unitId'],
    additionalProperties: false,
    description: 'POST /api/users/{id}/roles',
  },
  AuthConfigDto: {
    type: 'object',
    properties: {
      mode: { type: 'string', enum: ['dev', 'oidc'] },
      providerName: {
        type: 'string',
        nullable: true,
        description: '"Sign in with <providerName>" in oidc mode; null in dev mode.',
      },
    },
    required: ['mode', 'providerName'],
    additionalProperties: false,
    description: 'GET /api/auth/config: how the sign-in page signs people in.',
  },
  CalendarFeedUrlDto: {
    type: 'object',
    properties: { url: { type: 'string' } },
    required: ['url'],
    additionalProperties: false,
    description: 'POST /api/calendar/token: the new secret feed address.',
  },
  CancelMeasureRequest: {
    type: 'object',
    properties: { version: { type: 'number' }, reason: { type: 'string' } },
    required: ['reason', 'version'],
    additionalProperties: false,
    description: 'POST /api/measures/{id}/cancel',
  },
  CaseDetailDto: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      roundId: { type: 'string' },
      roundName: { type: 'string' },
      roundYear: { type: 'number' },
      unitId: { type: 'string' },
      unitCode: { type: 'string' },
      unitNameNb: { type: 'string' },
      unitNameEn: { type: 'string' },
      state: { $ref: '#/components/schemas/CaseState' },
      version: { type: 'number' },
      workshopDate: { type: 'string', nullable: true },
      measuresTotal: { type: 'number' },
      measuresDone: { type: 'number' },
      measuresOverdue: { type: 'number' },
      nextDeadline: {
        type: 'string',
        nullable: true,
        description:
          "The earliest open deadline: a phase deadline of the round or a measure's deadline.",
      },
      updatedAt: { type: 'string' },
      workshop: { $ref: '#/components/schemas/WorkshopDto' },
      phaseDeadlines: { $ref: '#/components/schemas/PhaseDeadlines' },
      areas: { type: 'array', items: { $ref: '#/components/schemas/AreaDto' } },
      measures: { type: 'array', items: { $ref: '#/components/schemas/MeasureDto' } },
      groups: { type: 'array', items: { $ref: '#/components/schemas/WorkshopGroupDto' } },
      confirmations: { type: 'array', items: { $ref: '#/components/schemas/ConfirmationDto' } },
      permissions: {
        type: 'object',
        properties: {
          edit: { type: 'boolean' },
          comment: { type: 'boolean' },
          confirm: { type: 'boolean' },
          close: { type: 'boolean' },
        },
        required: ['edit', 'comment', 'confirm', 'close'],
        additionalProperties: false,
        description: 'What the signed-in user may do with this case.',
      },
      transitions: { type: 'array', items: { $ref: '#/components/schemas/TransitionOptionDto' } },
    },
    required: [
      'areas',
      'confirmations',
      'groups',
      'id',
      'measures',
      'measuresDone',
      'measuresOverdue',
      'measuresTotal',
      'nextDeadline',
      'permissions',
      'phaseDeadlines',
      'roundId',
      'roundName',
      'roundYear',
      'state',
      'transitions',
      'unitCode',
      'unitId',
      'unitNameEn',
      'unitNameNb',
      'updatedAt',
      'version',
      'workshop',
      'workshopDate',
    ],
    additionalProperties: false,
  },
  CaseImpactDto: {
    type: 'object',
    properties: {
      caseId: { type: 'string' },
      roundYear: { type: 'number' },
      nextRoundYear: {
        type: 'number',
        nullable: true,
        description: "The unit's next round with a result, or null while there is none.",
      },
      hidden: {
        type: 'string',
        nullable: true,
        enum: ['no_next_result', 'suppressed', null],
        description: 'Why no index values are shown, when they are not.',
      },
      caveat: { type: 'string' },
      areas: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            areaId: { type: 'string' },
            kind: { type: 'string' },
            title: { type: 'string' },
            indexCodes: { type: 'array', items: { type: 'string' } },
            measures: {
              type: 'object',
              properties: {
                total: { type: 'number' },
                done: { type: 'number' },
                evaluated: { type: 'number' },
              },
              required: ['total', 'done', 'evaluated'],
              additionalProperties: false,
            },
            indices: { type: 'array', items: { $ref: '#/components/schemas/IndexChangeDto' } },
          },
          required: ['areaId', 'kind', 'title', 'indexCodes', 'measures', 'indices'],
          additionalProperties: false,
        },
      },
    },
    required: ['caseId', 'roundYear', 'nextRoundYear', 'hidden', 'caveat', 'areas'],
    additionalProperties: false,
    description: 'GET /api/cases/{id}/impact',
  },
  CaseResultsDto: {
    type: 'object',
    properties: {
      roundId: { type: 'string' },
      roundYear: { type: 'number' },
      anonymityThreshold: { type: 'number' },
      unit: {
        type: 'object',
        properties: {
          unitId: { type: 'string' },
          unitCode: { type: 'string' },
          unitNameNb: { type: 'string' },
          unitNameEn: { type: 'string' },
        },
        required: ['unitId', 'unitCode', 'unitNameNb', 'unitNameEn'],
        additionalProperties: false,
      },
      current: {
        anyOf: [
          { $ref: '#/components/schemas/UnitResultDto' },
          { type: 'object', nullable: true, enum: [null] },
        ],
      },
      previous: {
        type: 'array',
        items: { $ref: '#/components/schemas/EarlierResultDto' },
        description: "The unit's (or its predecessors') results in earlier rounds, oldest first.",
      },
      parent: {
        anyOf: [
          { $ref: '#/components/schemas/ComparedUnitDto' },
          { type: 'object', nullable: true, enum: [null] },
        ],
      },
      institution: {
        anyOf: [
          { $ref: '#/components/schemas/ComparedUnitDto' },
          { type: 'object', nullable: true, enum: [null] },
        ],
      },
      sector: {
        type: 'object',
        additionalProperties: { type: 'number' },
        description: "The sector's mean per index code.",
      },
    },
    required: [
      'roundId',
      'roundYear',
      'anonymityThreshold',
      'unit',
      'current',
      'previous',
      'parent',
      'institution',
      'sector',
    ],
    additionalProperties: false,
    description:
      "GET /api/cases/{id}/results: the unit's result with everything it is compared with.",
  },
  CaseState: {
    type: 'string',
    enum: [
      'results_published',
      'results_presented',
      'areas_chosen',
      'measures_planned',
      'evaluated',
      'closed',
    ],
  },
  CaseSummaryDto: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      roundId: { type: 'string' },
      roundName: { type: 'string' },
      roundYear: { type: 'number' },
      unitId: { type: 'string' },
      unitCode: { type: 'string' },
      unitNameNb: { type: 'string' },
      unitNameEn: { type: 'string' },
      state: { $ref: '#/components/schemas/CaseState' },
      version: { type: 'number' },
      workshopDate: { type: 'string', nullable: true },
      measuresTotal: { type: 'number' },
      measuresDone: { type: 'number' },
      measuresOverdue: { type: 'number' },
      nextDeadline: {
        type: 'string',
        nullable: true,
        description:
          "The earliest open deadline: a phase deadline of the round or a measure's deadline.",
      },
      updatedAt: { type: 'string' },
    },
    required: [
      'id',
      'roundId',
      'roundName',
      'roundYear',
      'unitId',
      'unitCode',
      'unitNameNb',
      'unitNameEn',
      'state',
      'version',
      'workshopDate',
      'measuresTotal',
      'measuresDone',
      'measuresOverdue',
      'nextDeadline',
      'updatedAt',
    ],
    additionalProperties: false,
  },
  CommentDto: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      caseId: { type: 'string' },
      measureId: { type: 'string', nullable: true },
      authorId: { type: 'string' },
      authorName: { type: 'string' },
      body: { type: 'string' },
      createdAt: { type: 'string' },
    },
    required: ['id', 'caseId', 'measureId', 'authorId', 'authorName', 'body', 'createdAt'],
    additionalProperties: false,
  },
  ComparedUnitDto: {
    type: 'object',
    properties: {
      unitId: { type: 'string' },
      unitCode: { type: 'string' },
      unitNameNb: { type: 'string' },
      unitNameEn: { type: 'string' },
      result: {
        anyOf: [
          { $ref: '#/components/schemas/UnitResultDto' },
          { type: 'object', nullable: true, enum: [null] },
        ],
        description: 'null when the unit has no result in the round.',
      },
    },
    required: ['unitId', 'unitCode', 'unitNameNb', 'unitNameEn', 'result'],
    additionalProperties: false,
  },
  CompletionMetrics: {
    type: 'object',
    properties: {
      units: { type: 'number', description: 'Units with a case in the round.' },
      unitsWithResults: { type: 'number' },
      unitsSuppressed: {
        type: 'number',
        description:
          'Units whose results are hidden by the anonymity rule: counted here, not among those with results.',
      },
      unitsWithoutResults: { type: 'number' },
      followUpMeetingHeld: { type: 'number' },
      followUpMeetingHeldPct: { type: 'number', nullable: true },
      areasChosen: { type: 'number' },
      areasChosenPct: { type: 'number', nullable: true },
      planRegistered: { type: 'number' },
      planRegisteredPct: { type: 'number', nullable: true },
      evaluated: { type: 'number' },
      evaluatedPct: { type: 'number', nullable: true },
      measuresTotal: { type: 'number' },
      measuresDone: { type: 'number' },
      measuresOverdue: { type: 'number' },
      onTimePct: { type: 'number', nullable: true },
      medianDaysLate: { type: 'number', nullable: true },
    },
    required: [
      'units',
      'unitsWithResults',
      'unitsSuppressed',
      'unitsWithoutResults',
      'followUpMeetingHeld',
      'followUpMeetingHeldPct',
      'areasChosen',
      'areasChosenPct',
      'planRegistered',
      'planRegisteredPct',
      'evaluated',
      'evaluatedPct',
      'measuresTotal',
      'measuresDone',
      'measuresOverdue',
      'onTimePct',
      'medianDaysLate',
    ],
    additionalProperties: false,
    description:
      'Counts and shares for one group of units (docs/results-import.md § Completion report).',
  },
  CompletionReportDto: {
    type: 'object',
    properties: {
      roundId: { type: 'string' },
      roundYear: { type: 'number' },
      previousRoundId: { type: 'string', nullable: true },
      previousRoundYear: { type: 'number', nullable: true },
      unitId: { type: 'string', nullable: true },
      groupBy: { $ref: '#/components/schemas/ReportGroupBy' },
      today: { type: 'string' },
      anonymityThreshold: { type: 'number' },
      rows: { type: 'array', items: { $ref: '#/components/schemas/CompletionRowDto' } },
      total: {
        anyOf: [
          { $ref: '#/components/schemas/CompletionRowDto' },
          { type: 'object', nullable: true, enum: [null] },
        ],
      },
    },
    required: [
      'roundId',
      'roundYear',
      'previousRoundId',
      'previousRoundYear',
      'unitId',
      'groupBy',
      'today',
      'anonymityThreshold',
      'rows',
      'total',
    ],
    additionalProperties: false,
  },
  CompletionReportParams: {
    type: 'object',
    properties: {
      roundId: { type: 'string' },
      unitId: { type: 'string' },
      format: { $ref: '#/components/schemas/ReportFormat' },
      groupBy: { $ref: '#/components/schemas/ReportGroupBy' },
    },
    additionalProperties: false,
    required: ['roundId'],
    description: 'GET /api/reports/completion: rows per `groupBy` (default `faculty`).',
  },
  CompletionRowDto: {
    type: 'object',
    properties: {
      units: { type: 'number', description: 'Units with a case in the round.' },
      unitsWithResults: { type: 'number' },
      unitsSuppressed: {
        type: 'number',
        description:
          'Units whose results are hidden by the anonymity rule: counted here, not among those with results.',
      },
      unitsWithoutResults: { type: 'number' },
      followUpMeetingHeld: { type: 'number' },
      followUpMeetingHeldPct: { type: 'number', nullable: true },
      areasChosen: { type: 'number' },
      areasChosenPct: { type: 'number', nullable: true },
      planRegistered: { type: 'number' },
      planRegisteredPct: { type: 'number', nullable: true },
      evaluated: { type: 'number' },
      evaluatedPct: { type: 'number', nullable: true },
      measuresTotal: { type: 'number' },
      measuresDone: { type: 'number' },
      measuresOverdue: { type: 'number' },
      onTimePct: { type: 'number', nullable: true },
      medianDaysLate: { type: 'number', nullable: true },
      unitId: {
        type: 'string',
        nullable: true,
        description: "The group's unit; null on the total row.",
      },
      unitCode: { type: 'string', nullable: true },
      unitNameNb: { type: 'string', nullable: true },
      unitNameEn: { type: 'string', nullable: true },
      kind: { type: 'string', nullable: true },
      drillDown: {
        anyOf: [
          { $ref: '#/components/schemas/ReportGroupBy' },
          { type: 'object', nullable: true, enum: [null] },
        ],
        description:
          "The groupBy to ask for with unitId = this row's unit, to drill down; null at the lowest level.",
      },
      previous: {
        anyOf: [
          { $ref: '#/components/schemas/CompletionMetrics' },
          { type: 'object', nullable: true, enum: [null] },
        ],
        description: 'The same group in the previous round.',
      },
      trend: {
        type: 'object',
        properties: {
          followUpMeetingHeldPct: { type: 'number', nullable: true },
          areasChosenPct: { type: 'number', nullable: true },
          planRegisteredPct: { type: 'number', nullable: true },
          evaluatedPct: { type: 'number', nullable: true },
          onTimePct: { type: 'number', nullable: true },
        },
        required: [
          'followUpMeetingHeldPct',
          'areasChosenPct',
          'planRegisteredPct',
          'evaluatedPct',
          'onTimePct',
        ],
        additionalProperties: false,
        nullable: true,
        description: 'Percentage points since the previous round.',
      },
    },
    required: [
      'areasChosen',
      'areasChosenPct',
      'drillDown',
      'evaluated',
      'evaluatedPct',
      'followUpMeetingHeld',
      'followUpMeetingHeldPct',
      'kind',
      'measuresDone',
      'measuresOverdue',
      'measuresTotal',
      'medianDaysLate',
      'onTimePct',
      'planRegistered',
      'planRegisteredPct',
      'previous',
      'trend',
      'unitCode',
      'unitId',
      'unitNameEn',
      'unitNameNb',
      'units',
      'unitsSuppressed',
      'unitsWithResults',
      'unitsWithoutResults',
    ],
    additionalProperties: false,
  },
  CompletionTrendKey: {
    type: 'string',
    enum: [
      'followUpMeetingHeldPct',
      'areasChosenPct',
      'planRegisteredPct',
      'evaluatedPct',
      'onTimePct',
    ],
  },
  ConfirmationDto: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      caseId: { type: 'string' },
      phase: { $ref: '#/components/schemas/CaseState' },
      userId: { type: 'string' },
      userName: { type: 'string' },
      note: { type: 'string', nullable: true },
      createdAt: { type: 'string' },
    },
    required: ['id', 'caseId', 'phase', 'userId', 'userName', 'note', 'createdAt'],
    additionalProperties: false,
  },
  ContentPageDto: {
    type: 'object',
    properties: {
      key: { type: 'string' },
      bodyNb: { type: 'string' },
      bodyEn: { type: 'string' },
      version: { type: 'number' },
      updatedAt: { type: 'string' },
    },
    required: ['key', 'bodyNb', 'bodyEn', 'version', 'updatedAt'],
    additionalProperties: false,
    description:
      'A page of text the institution writes itself (e.g. the speak-up page), in bokmål and English. Bodies are plain text with light structure: "# " starts a heading, "- " a list item, and a blank line separates paragraphs. They are never interpreted as HTML.',
  },
  CreateAreaRequest: {
    type: 'object',
    properties: {
      kind: { $ref: '#/components/schemas/AreaKindValue' },
      title: { type: 'string' },
      description: { type: 'string', nullable: true },
      indexCodes: { type: 'array', items: { type: 'string' } },
      selected: { type: 'boolean' },
      rank: { type: 'number', nullable: true },
      votes: { type: 'number' },
    },
    required: ['kind', 'title'],
    additionalProperties: false,
    description: 'POST /api/cases/{id}/areas',
  },
  CreateCaseRequest: {
    type: 'object',
    properties: { roundId: { type: 'string' }, unitId: { type: 'string' } },
    required: ['roundId', 'unitId'],
    additionalProperties: false,
    description: 'POST /api/cases',
  },
  CreateCommentRequest: {
    type: 'object',
    properties: { body: { type: 'string' }, measureId: { type: 'string', nullable: true } },
    required: ['body'],
    additionalProperties: false,
    description: 'POST /api/cases/{id}/comments',
  },
  CreateConfirmationRequest: {
    type: 'object',
    properties: {
      phase: {
        $ref: '#/components/schemas/CaseState',
        description:
          'The phase the safety representative took part in (the case state it belongs to).',
      },
      note: { type: 'string', nullable: true },
    },
    required: ['phase'],
    additionalProperties: false,
    description: 'POST /api/cases/{id}/confirmations',
  },
  CreateGroupRequest: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      proposals: {
        type: 'array',
        items: { $ref: '#/components/schemas/GroupProposal' },
        description: 'At most four.',
      },
    },
    required: ['name', 'proposals'],
    additionalProperties: false,
    description: 'POST /api/cases/{id}/groups',
  },
  CreateMeasureRequest: {
    type: 'object',
    properties: {
      areaId: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string', nullable: true },
      goal: { type: 'string', nullable: true },
      responsibleUserId: { type: 'string', nullable: true },
      responsibleRole: { type: 'string', nullable: true },
      importance: { type: 'number', nullable: true },
      feasibility: { type: 'number', nullable: true },
      deadline: {
        type: 'string',
        nullable: true,
        description:
          'The first deadline; later moves go through POST /api/measures/{id}/deadline with a reason.',
      },
    },
    required: ['areaId', 'title'],
    additionalProperties: false,
    description: 'POST /api/cases/{id}/measures',
  },
  CreateOrgUnitRequest: {
    type: 'object',
    properties: {
      code: { type: 'string' },
      parentId: { type: 'string', nullable: true },
      kind: { $ref: '#/components/schemas/OrgUnitKind' },
      nameNb: { type: 'string' },
      nameEn: { type: 'string' },
      leaderId: { type: 'string', nullable: true },
    },
    required: ['code', 'kind', 'nameNb', 'nameEn'],
    additionalProperties: false,
    description: 'POST /api/org-units',
  },
  CreateRoundRequest: {
    type: 'object',
    properties: {
      followUpMeetingBy: { type: 'string', nullable: true },
      planRegisteredBy: { type: 'string', nullable: true },
      evaluationBy: { type: 'string', nullable: true },
      name: { type: 'string' },
      year: { type: 'number' },
      invitedCount: { type: 'number', nullable: true },
      invitedDate: { type: 'string', nullable: true },
      anonymityThreshold: { type: 'number' },
    },
    required: ['name', 'year'],
    additionalProperties: false,
    description: 'POST /api/rounds',
  },
  CreateUserRequest: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      email: { type: 'string' },
      language: { $ref: '#/components/schemas/Language' },
    },
    required: ['name', 'email'],
    additionalProperties: false,
    description: 'POST /api/users',
  },
  DeadlineChangeDto: {
    type: 'object',
    properties: {
      from: { type: 'string', nullable: true },
      to: { type: 'string' },
      reason: { type: 'string' },
      changedById: { type: 'string' },
      changedAt: { type: 'string' },
    },
    required: ['from', 'to', 'reason', 'changedById', 'changedAt'],
    additionalProperties: false,
  },
  DeadlineChangeRequest: {
    type: 'object',
    properties: {
      version: { type: 'number' },
      deadline: { type: 'string' },
      reason: { type: 'string' },
    },
    required: ['deadline', 'reason', 'version'],
    additionalProperties: false,
    description: 'POST /api/measures/{id}/deadline',
  },
  DevLoginRequest: {
    type: 'object',
    properties: { email: { type: 'string' } },
    required: ['email'],
    additionalProperties: false,
  },
  DevUserDto: {
    type: 'object',
    properties: {
      email: { type: 'string' },
      name: { type: 'string' },
      roles: { type: 'array', items: { type: 'string' } },
    },
    required: ['email', 'name', 'roles'],
    additionalProperties: false,
    description: 'GET /api/auth/dev-users: the demo users offered on the dev sign-in page.',
  },
  DirectoryUserDto: {
    type: 'object',
    properties: { id: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' } },
    required: ['id', 'name', 'email'],
    additionalProperties: false,
    description:
      'A colleague as the directory shows them to non-admins (GET /api/users?caseId=…, GET /api/users/{id}): who, and how to reach them; nothing else.',
  },
  EarlierResultDto: {
    type: 'object',
    properties: {
      roundId: { type: 'string' },
      unitId: { type: 'string' },
      invited: { type: 'number' },
      respondents: { type: 'number' },
      responseRate: { type: 'number', nullable: true },
      suppressed: { type: 'boolean' },
      suppressionReason: {
        anyOf: [
          { $ref: '#/components/schemas/SuppressionReason' },
          { type: 'object', nullable: true, enum: [null] },
        ],
      },
      indices: {
        type: 'array',
        items: { $ref: '#/components/schemas/IndexResultDto' },
        description: 'The indices answered in the unit; empty when the unit is suppressed.',
      },
      workingHours: { type: 'object', additionalProperties: { type: 'number' }, nullable: true },
      appraisalYesPct: { type: 'number', nullable: true },
      appraisalUsefulness: { type: 'number', nullable: true },
      version: { type: 'number' },
      roundYear: { type: 'number' },
      unitCode: { type: 'string' },
      matchedBy: {
        type: 'string',
        enum: ['unit', 'predecessor'],
        description:
          '`unit`: the same unit (same code); `predecessor`: a unit an admin named as its predecessor.',
      },
    },
    required: [
      'appraisalUsefulness',
      'appraisalYesPct',
      'indices',
      'invited',
      'matchedBy',
      'respondents',
      'responseRate',
      'roundId',
      'roundYear',
      'suppressed',
      'suppressionReason',
      'unitCode',
      'unitId',
      'version',
      'workingHours',
    ],
    additionalProperties: false,
  },
  EnterResultsRequest: {
    type: 'object',
    properties: {
      version: {
        type: 'number',
        description: 'The version last read; omitted when the unit has no result yet.',
      },
      invited: { type: 'number' },
      respondents: { type: 'number' },
      indices: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          properties: { mean: { type: 'number' }, sd: { type: 'number' }, n: { type: 'number' } },
          required: ['mean', 'sd', 'n'],
          additionalProperties: false,
        },
        description:
          '`{ "<index code>": { "mean": 4.1, "sd": 0.7, "n": 23 } }`: all three, or the index left out.',
      },
      workingHours: {
        type: 'object',
        additionalProperties: { type: 'number' },
        nullable: true,
        description:
          'Percent of respondents per bucket: `{ "<=37.5": 20, "37.5-40": 30, "40-45": 35, ">45": 15 }`',
      },
      appraisalYesPct: { type: 'number', nullable: true },
      appraisalUsefulness: { type: 'number', nullable: true },
    },
    required: ['invited', 'respondents'],
    additionalProperties: false,
    description:
      "PUT /api/cases/{id}/results: the unit's result typed in from the PDF report, checked as an import is.",
  },
  EscalationDayKind: { type: 'string', enum: ['calendar', 'business'] },
  EscalationPolicyDto: {
    type: 'object',
    properties: {
      roundId: { type: 'string' },
      isDefault: {
        type: 'boolean',
        description: 'True when the round has no policy of its own and the default ladder applies.',
      },
      steps: { type: 'array', items: { $ref: '#/components/schemas/EscalationStep' } },
      version: { type: 'number', description: "The round's version, for the next PUT." },
    },
    required: ['roundId', 'isDefault', 'steps', 'version'],
    additionalProperties: false,
  },
  EscalationPreviewDto: {
    type: 'object',
    properties: {
      today: { type: 'string' },
      days: { type: 'number' },
      items: { type: 'array', items: { $ref: '#/components/schemas/EscalationPreviewItem' } },
      truncated: { type: 'boolean' },
    },
    required: ['today', 'days', 'items', 'truncated'],
    additionalProperties: false,
  },
  EscalationPreviewItem: {
    type: 'object',
    properties: {
      dueDate: { type: 'string' },
      stepKey: { type: 'string' },
      template: { type: 'string', enum: ['escalation', 'missing_recipient'] },
      recipient: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' } },
        required: ['id', 'name', 'email'],
        additionalProperties: false,
      },
      subject: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: ['measure', 'phase'] },
          id: { type: 'string' },
          phase: { type: 'string', nullable: true },
          title: { type: 'string', nullable: true },
          deadline: { type: 'string' },
          deadlineVersion: { type: 'number' },
        },
        required: ['kind', 'id', 'phase', 'title', 'deadline', 'deadlineVersion'],
        additionalProperties: false,
      },
      caseId: { type: 'string' },
      unit: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          code: { type: 'string' },
          nameNb: { type: 'string' },
          nameEn: { type: 'string' },
        },
        required: ['id', 'code', 'nameNb', 'nameEn'],
        additionalProperties: false,
      },
      missing: {
        type: 'string',
        nullable: true,
        description: 'Set when the mail goes up the line because someone is missing.',
      },
    },
    required: [
      'dueDate',
      'stepKey',
      'template',
      'recipient',
      'subject',
      'caseId',
      'unit',
      'missing',
    ],
    additionalProperties: false,
  },
  EscalationPreviewParams: {
    type: 'object',
    properties: { days: { type: 'number' } },
    additionalProperties: false,
    description: 'GET /api/escalations/preview: how many days ahead (default 14).',
  },
  EscalationRecipient: { type: 'string', enum: ['responsible', 'line_manager', 'hr'] },
  EscalationRunResult: {
    type: 'object',
    properties: {
      today: { type: 'string' },
      created: {
        type: 'object',
        additionalProperties: { type: 'number' },
        description: 'Notification rows written, by step key.',
      },
      missingReports: { type: 'number' },
      durationMs: { type: 'number' },
      queued: { type: 'number' },
      relayError: { type: 'string', nullable: true },
    },
    required: ['today', 'created', 'missingReports', 'durationMs', 'queued', 'relayError'],
    additionalProperties: false,
  },
  EscalationStep: {
    type: 'object',
    properties: {
      key: {
        anyOf: [
          { type: 'string' },
          { type: 'string', enum: ['reminder', 'overdue', 'line_manager', 'hr'] },
        ],
        description:
          'Stable per policy: it is part of the at-most-once key of a sent notification.',
      },
      offsetDays: { type: 'number', description: 'Negative = before the deadline.' },
      dayKind: { $ref: '#/components/schemas/EscalationDayKind' },
      recipient: { $ref: '#/components/schemas/EscalationRecipient' },
    },
    required: ['key', 'offsetDays', 'dayKind', 'recipient'],
    additionalProperties: false,
  },
  EvaluationAchieved: { type: 'string', enum: ['yes', 'partly', 'no'] },
  EvaluationDto: {
    type: 'object',
    properties: {
      achieved: { $ref: '#/components/schemas/Achieved' },
      verdict: { $ref: '#/components/schemas/Verdict' },
      whatChanged: { type: 'string' },
      evaluatedOn: { type: 'string' },
      evaluatedById: { type: 'string' },
      evaluatedByName: { type: 'string' },
    },
    required: [
      'achieved',
      'verdict',
      'whatChanged',
      'evaluatedOn',
      'evaluatedById',
      'evaluatedByName',
    ],
    additionalProperties: false,
  },
  EvaluationRequest: {
    type: 'object',
    properties: {
      version: { type: 'number' },
      achieved: { $ref: '#/components/schemas/Achieved' },
      verdict: { $ref: '#/components/schemas/Verdict' },
      whatChanged: { type: 'string' },
      evaluatedOn: { type: 'string', description: 'Default today.' },
    },
    required: ['achieved', 'verdict', 'version', 'whatChanged'],
    additionalProperties: false,
    description: 'PUT /api/measures/{id}/evaluation',
  },
  EvaluationVerdict: { type: 'string', enum: ['keep', 'adjust', 'stop'] },
  GroupProposal: {
    type: 'object',
    properties: {
      kind: { $ref: '#/components/schemas/AreaKindValue' },
      title: { type: 'string' },
      indexCodes: { type: 'array', items: { type: 'string' } },
    },
    required: ['kind', 'title'],
    additionalProperties: false,
  },
  HealthDto: {
    type: 'object',
    properties: {
      status: { type: 'string', enum: ['ok'] },
      database: { type: 'string', enum: ['up'] },
    },
    required: ['status', 'database'],
    additionalProperties: false,
    description: 'GET /api/health.',
  },
  ImpactReportDto: {
    type: 'object',
    properties: {
      roundId: { type: 'string' },
      roundYear: { type: 'number' },
      nextRoundYear: { type: 'number', nullable: true },
      unitId: { type: 'string', nullable: true },
      caveat: { type: 'string' },
      rows: { type: 'array', items: { $ref: '#/components/schemas/ImpactReportRowDto' } },
    },
    required: ['roundId', 'roundYear', 'nextRoundYear', 'unitId', 'caveat', 'rows'],
    additionalProperties: false,
    description: 'GET /api/reports/impact',
  },
  ImpactReportRowDto: {
    type: 'object',
    properties: {
      code: { type: 'string' },
      withMeasures: {
        type: 'object',
        properties: { units: { type: 'number' }, meanChange: { type: 'number', nullable: true } },
        required: ['units', 'meanChange'],
        additionalProperties: false,
      },
      without: {
        type: 'object',
        properties: { units: { type: 'number' }, meanChange: { type: 'number', nullable: true } },
        required: ['units', 'meanChange'],
        additionalProperties: false,
      },
      difference: {
        type: 'number',
        nullable: true,
        description: 'Mean change with measures minus mean change without, in index points.',
      },
    },
    required: ['code', 'withMeasures', 'without', 'difference'],
    additionalProperties: false,
  },
  ImportKind: { type: 'string', enum: ['org-units', 'people'] },
  ImportResultDto_OrgUnitChange: {
    type: 'object',
    properties: {
      dryRun: { type: 'boolean' },
      rows: { type: 'number' },
      sha256: { type: 'string' },
      counts: { type: 'object', additionalProperties: { type: 'number' } },
      changes: { type: 'array', items: { $ref: '#/components/schemas/OrgUnitChange' } },
      importId: {
        type: 'string',
        nullable: true,
        description: 'The import_run row of an applied import that changed something.',
      },
    },
    required: ['dryRun', 'rows', 'sha256', 'counts', 'changes', 'importId'],
    additionalProperties: false,
  },
  ImportResultsParams: {
    type: 'object',
    properties: { roundId: { type: 'string' } },
    required: ['roundId'],
    additionalProperties: false,
    description: 'POST /api/imports/results and /api/imports/sector-benchmark',
  },
  ImportRunDto: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      kind: { $ref: '#/components/schemas/ImportKind' },
      mode: { type: 'string', nullable: true, enum: ['merge', 'full', null] },
      at: { type: 'string' },
      actorId: { type: 'string', nullable: true },
      actorName: { type: 'string', nullable: true },
      counts: { type: 'object', additionalProperties: { type: 'number' } },
      sha256: { type: 'string' },
      filename: { type: 'string', nullable: true },
      contentType: { type: 'string' },
      bytes: { type: 'number' },
    },
    required: [
      'id',
      'kind',
      'mode',
      'at',
      'actorId',
      'actorName',
      'counts',
      'sha256',
      'filename',
      'contentType',
      'bytes',
    ],
    additionalProperties: false,
  },
  ImportSummaryDto: {
    type: 'object',
    properties: {
      roundId: { type: 'string' },
      rows: { type: 'number', description: 'Data rows in the file.' },
      inserted: { type: 'number' },
      updated: { type: 'number' },
      unchanged: { type: 'number' },
      insertedUnits: { type: 'array', items: { type: 'string' } },
      updatedUnits: { type: 'array', items: { type: 'string' } },
      sha256: { type: 'string' },
    },
    required: [
      'roundId',
      'rows',
      'inserted',
      'updated',
      'unchanged',
      'insertedUnits',
      'updatedUnits',
      'sha256',
    ],
    additionalProperties: false,
  },
  IndexChangeDto: {
    type: 'object',
    properties: {
      code: { type: 'string' },
      before: {
        anyOf: [
          { $ref: '#/components/schemas/IndexValueDto' },
          { type: 'object', nullable: true, enum: [null] },
        ],
        description: 'null when the unit has no value for the index in that round.',
      },
      after: {
        anyOf: [
          { $ref: '#/components/schemas/IndexValueDto' },
          { type: 'object', nullable: true, enum: [null] },
        ],
      },
      change: { type: 'number', nullable: true, description: 'null unless both values are shown.' },
      standardError: {
        type: 'number',
        nullable: true,
        description: "Standard error of the change, from both rounds' SD and n.",
      },
      uncertain: {
        type: 'boolean',
        nullable: true,
        description:
          'The change is smaller than two standard errors (or a side has fewer than 10 answers).',
      },
    },
    required: ['code', 'before', 'after', 'change', 'standardError', 'uncertain'],
    additionalProperties: false,
  },
  IndexResultDto: {
    anyOf: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          code: { type: 'string' },
          suppressed: { type: 'boolean', enum: [false] },
          suppressionReason: { type: 'object', nullable: true, enum: [null] },
          mean: { type: 'number' },
          sd: { type: 'number' },
          n: { type: 'number' },
        },
        required: ['code', 'mean', 'n', 'sd', 'suppressed', 'suppressionReason'],
      },
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          code: { type: 'string' },
          suppressed: { type: 'boolean', enum: [true] },
          suppressionReason: { $ref: '#/components/schemas/SuppressionReason' },
          mean: { type: 'object', nullable: true, enum: [null] },
          sd: { type: 'object', nullable: true, enum: [null] },
          n: { type: 'object', nullable: true, enum: [null] },
        },
        required: ['code', 'mean', 'n', 'sd', 'suppressed', 'suppressionReason'],
      },
    ],
  },
  IndexValueDto: {
    anyOf: [
      {
        type: 'object',
        properties: {
          suppressed: { type: 'boolean', enum: [false] },
          suppressionReason: { type: 'object', nullable: true, enum: [null] },
          mean: { type: 'number' },
          sd: { type: 'number' },
          n: { type: 'number' },
        },
        required: ['suppressed', 'suppressionReason', 'mean', 'sd', 'n'],
        additionalProperties: false,
      },
      {
        type: 'object',
        properties: {
          suppressed: { type: 'boolean', enum: [true] },
          suppressionReason: { $ref: '#/components/schemas/SuppressionReason' },
          mean: { type: 'object', nullable: true, enum: [null] },
          sd: { type: 'object', nullable: true, enum: [null] },
          n: { type: 'object', nullable: true, enum: [null] },
        },
        required: ['suppressed', 'suppressionReason', 'mean', 'sd', 'n'],
        additionalProperties: false,
      },
    ],
    description:
      "One index value of a unit. An index answered by fewer people than the round's threshold (or hidden so that it cannot be derived from other units) is shown without mean, SD and n.",
  },
  Language: { type: 'string', enum: ['nb', 'en'] },
  ListCasesParams: {
    type: 'object',
    properties: {
      page: { type: 'number' },
      pageSize: { type: 'number' },
      roundId: { type: 'string' },
      unitId: { type: 'string' },
      subtree: {
        type: 'boolean',
        description: 'With unitId: include the cases of every unit below it.',
      },
      state: { $ref: '#/components/schemas/CaseState' },
    },
    additionalProperties: false,
    description: 'GET /api/cases',
  },
  ListNotificationsParams: {
    type: 'object',
    properties: {
      page: { type: 'number' },
      pageSize: { type: 'number' },
      status: { $ref: '#/components/schemas/NotificationStatus' },
    },
    additionalProperties: false,
    description: 'GET /api/notifications',
  },
  ListUsersParams: {
    type: 'object',
    properties: {
      page: { type: 'number' },
      pageSize: { type: 'number' },
      q: { type: 'string' },
      status: { $ref: '#/components/schemas/UserStatus', description: 'Default `active`.' },
      caseId: { type: 'string' },
    },
    additionalProperties: false,
    description:
      'GET /api/users: `caseId` asks for the directory of a case, and is required for non-admins.',
  },
  LogoutDto: {
    type: 'object',
    properties: { redirectUrl: { type: 'string' } },
    required: ['redirectUrl'],
    additionalProperties: false,
    description:
      "POST /api/auth/logout: where the browser goes next (the issuer's sign-out, or /sign-in).",
  },
  MeDto: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      language: { $ref: '#/components/schemas/Language' },
      notifyMode: { type: 'string', enum: ['immediate', 'digest'] },
      active: {
        type: 'boolean',
        description:
          'An inactive user cannot sign in; their roles are kept, and deadline e-mails go past them.',
      },
      roles: { type: 'array', items: { $ref: '#/components/schemas/RoleAssignmentDto' } },
    },
    required: ['active', 'email', 'id', 'language', 'name', 'notifyMode', 'roles'],
    additionalProperties: false,
  },
  MeasureDto: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      caseId: { type: 'string' },
      areaId: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string', nullable: true },
      goal: { type: 'string', nullable: true },
      responsibleUserId: { type: 'string', nullable: true },
      responsibleUserName: { type: 'string', nullable: true },
      responsibleRole: { type: 'string', nullable: true },
      deadline: { type: 'string', nullable: true },
      deadlineVersion: { type: 'number' },
      importance: { type: 'number', nullable: true },
      feasibility: { type: 'number', nullable: true },
      status: { $ref: '#/components/schemas/MeasureStatus' },
      overdue: { type: 'boolean' },
      completedOn: { type: 'string', nullable: true },
      cancelReason: { type: 'string', nullable: true },
      evaluation: {
        anyOf: [
          { $ref: '#/components/schemas/EvaluationDto' },
          { type: 'object', nullable: true, enum: [null] },
        ],
      },
      deadlineHistory: { type: 'array', items: { $ref: '#/components/schemas/DeadlineChangeDto' } },
      version: { type: 'number' },
    },
    required: [
      'id',
      'caseId',
      'areaId',
      'title',
      'description',
      'goal',
      'responsibleUserId',
      'responsibleUserName',
      'responsibleRole',
      'deadline',
      'deadlineVersion',
      'importance',
      'feasibility',
      'status',
      'overdue',
      'completedOn',
      'cancelReason',
      'evaluation',
      'deadlineHistory',
      'version',
    ],
    additionalProperties: false,
  },
  MeasureStatus: {
    type: 'string',
    enum: ['planned', 'in_progress', 'done', 'postponed', 'cancelled'],
  },
  MeasureStatusRequest: {
    type: 'object',
    properties: {
      version: { type: 'number' },
      status: { type: 'string', enum: ['planned', 'in_progress', 'done', 'postponed'] },
      completedOn: {
        type: 'string',
        description: 'When done: the completion date (default today).',
      },
    },
    required: ['status', 'version'],
    additionalProperties: false,
    description:
      'POST /api/measures/{id}/status: cancelling goes through POST /api/measures/{id}/cancel.',
  },
  NotificationDto: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      recipient: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' } },
        required: ['id', 'name', 'email'],
        additionalProperties: false,
      },
      template: { type: 'string' },
      language: { $ref: '#/components/schemas/Language' },
      status: { $ref: '#/components/schemas/NotificationStatus' },
      stepKey: { type: 'string', nullable: true },
      subjectKind: { type: 'string', nullable: true, enum: ['measure', 'phase', null] },
      subjectId: { type: 'string', nullable: true },
      phase: { type: 'string', nullable: true },
      deadlineVersion: { type: 'number', nullable: true },
      caseId: { type: 'string', nullable: true },
      unitId: { type: 'string', nullable: true },
      payload: { type: 'object', additionalProperties: {} },
      attempts: { type: 'number' },
      lastError: { type: 'string', nullable: true },
      subject: { type: 'string', nullable: true },
      bodyText: { type: 'string', nullable: true },
      bodyHtml: { type: 'string', nullable: true },
      deliveredVia: { type: 'string', nullable: true, enum: ['smtp', 'outbox', null] },
      sentAt: { type: 'string', nullable: true },
      createdAt: { type: 'string' },
    },
    required: [
      'id',
      'recipient',
      'template',
      'language',
      'status',
      'stepKey',
      'subjectKind',
      'subjectId',
      'phase',
      'deadlineVersion',
      'caseId',
      'unitId',
      'payload',
      'attempts',
      'lastError',
      'subject',
      'bodyText',
      'bodyHtml',
      'deliveredVia',
      'sentAt',
      'createdAt',
    ],
    additionalProperties: false,
  },
  NotificationStatus: { type: 'string', enum: ['pending', 'queued', 'sent', 'failed', 'skipped'] },
  OrgImportParams: {
    type: 'object',
    properties: {
      dryRun: {
        type: 'boolean',
        description:
          'Only report the difference and the problems (the default); false applies the file.',
      },
      filename: {
        type: 'string',
        description: "The file's name, kept with it in the import history.",
      },
    },
    additionalProperties: false,
    description: 'POST /api/imports/org-units',
  },
  OrgUnitChange: {
    type: 'object',
    properties: {
      row: {
        type: 'number',
        nullable: true,
        description:
          'The file row that causes it (null: none, e.g. a unit closed because a successor names it).',
      },
      code: { type: 'string' },
      change: { $ref: '#/components/schemas/OrgUnitChangeType' },
      from: { type: 'string', nullable: true },
      to: { type: 'string', nullable: true },
    },
    required: ['row', 'code', 'change', 'from', 'to'],
    additionalProperties: false,
  },
  OrgUnitChangeType: {
    type: 'string',
    enum: ['added', 'renamed', 'moved', 'kind', 'closed', 'reopened', 'predecessors'],
  },
  OrgUnitDto: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      code: { type: 'string' },
      parentId: { type: 'string', nullable: true },
      kind: { $ref: '#/components/schemas/OrgUnitKind' },
      nameNb: { type: 'string' },
      nameEn: { type: 'string' },
      leaderId: { type: 'string', nullable: true },
      active: { type: 'boolean' },
    },
    required: ['id', 'code', 'parentId', 'kind', 'nameNb', 'nameEn', 'leaderId', 'active'],
    additionalProperties: false,
  },
  OrgUnitImportResultDto: { $ref: '#/components/schemas/ImportResultDto_OrgUnitChange' },
  OrgUnitKind: {
    type: 'string',
    enum: ['institution', 'faculty', 'department', 'section', 'group'],
  },
  OverdueMeasureDto: {
    type: 'object',
    properties: {
      measureId: { type: 'string' },
      caseId: { type: 'string' },
      unitId: { type: 'string' },
      unitCode: { type: 'string' },
      unitNameNb: { type: 'string' },
      unitNameEn: { type: 'string' },
      title: { type: 'string' },
      status: { type: 'string', enum: ['planned', 'in_progress', 'postponed'] },
      deadline: { type: 'string' },
      daysOverdue: {
        type: 'number',
        description: 'Days since the deadline (today in Europe/Oslo − deadline).',
      },
      responsibleName: { type: 'string', nullable: true },
      responsibleRole: {
        type: 'string',
        nullable: true,
        description: 'A role named as responsible instead of a person.',
      },
      lastEscalation: {
        type: 'object',
        properties: { stepKey: { type: 'string' }, sentAt: { type: 'string' } },
        required: ['stepKey', 'sentAt'],
        additionalProperties: false,
        nullable: true,
        description: 'The last escalation step sent for the current deadline, if any.',
      },
    },
    required: [
      'measureId',
      'caseId',
      'unitId',
      'unitCode',
      'unitNameNb',
      'unitNameEn',
      'title',
      'status',
      'deadline',
      'daysOverdue',
      'responsibleName',
      'responsibleRole',
      'lastEscalation',
    ],
    additionalProperties: false,
    description: 'An open measure past its deadline (GET /api/reports/overdue).',
  },
  OverdueReportDto: {
    type: 'object',
    properties: {
      roundId: { type: 'string' },
      roundYear: { type: 'number' },
      unitId: { type: 'string', nullable: true },
      today: { type: 'string' },
      items: { type: 'array', items: { $ref: '#/components/schemas/OverdueMeasureDto' } },
      total: { type: 'number' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
    },
    required: ['roundId', 'roundYear', 'unitId', 'today', 'items', 'total', 'page', 'pageSize'],
    additionalProperties: false,
    description:
      "The open measures past their deadline in a round, within the caller's scope, the most overdue first.",
  },
  OverdueReportParams: {
    type: 'object',
    additionalProperties: false,
    properties: {
      roundId: { type: 'string' },
      unitId: { type: 'string' },
      format: { $ref: '#/components/schemas/ReportFormat' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
    },
    required: ['roundId'],
    description: 'GET /api/reports/overdue: one page as JSON; CSV and XLSX hold every row.',
  },
  PageParams: {
    type: 'object',
    properties: { page: { type: 'number' }, pageSize: { type: 'number' } },
    additionalProperties: false,
    description: '`page` counts from 1 (default 1); `pageSize` defaults to 50.',
  },
  PeopleImportMode: {
    type: 'string',
    enum: ['merge', 'full'],
    description:
      '`merge` adds and updates; `full` takes the file as everyone (docs/org-people-import.md).',
  },
  PeopleImportParams: {
    type: 'object',
    properties: {
      dryRun: {
        type: 'boolean',
        description:
          'Only report the difference and the problems (the default); false applies the file.',
      },
      filename: {
        type: 'string',
        description: "The file's name, kept with it in the import history.",
      },
      mode: { $ref: '#/components/schemas/PeopleImportMode' },
    },
    additionalProperties: false,
    description: 'POST /api/imports/people (default mode `merge`)',
  },
  PeopleImportResultDto: {
    type: 'object',
    properties: {
      dryRun: { type: 'boolean' },
      rows: { type: 'number' },
      sha256: { type: 'string' },
      counts: { type: 'object', additionalProperties: { type: 'number' } },
      changes: { type: 'array', items: { $ref: '#/components/schemas/PersonChange' } },
      importId: {
        type: 'string',
        nullable: true,
        description: 'The import_run row of an applied import that changed something.',
      },
      mode: { $ref: '#/components/schemas/PeopleImportMode' },
      conflicts: { type: 'array', items: { $ref: '#/components/schemas/PersonConflict' } },
    },
    required: ['changes', 'conflicts', 'counts', 'dryRun', 'importId', 'mode', 'rows', 'sha256'],
    additionalProperties: false,
  },
  PersonChange: {
    type: 'object',
    properties: {
      row: { type: 'number', nullable: true },
      email: { type: 'string' },
      change: { $ref: '#/components/schemas/PersonChangeType' },
      role: {
        anyOf: [
          { $ref: '#/components/schemas/SyncedRole' },
          { type: 'object', nullable: true, enum: [null] },
        ],
      },
      unitCode: { type: 'string', nullable: true },
      from: { type: 'string', nullable: true },
      to: { type: 'string', nullable: true },
    },
    required: ['row', 'email', 'change', 'role', 'unitCode', 'from', 'to'],
    additionalProperties: false,
  },
  PersonChangeType: {
    type: 'string',
    enum: ['added', 'changed', 'role_granted', 'role_ended', 'deactivated'],
  },
  PersonConflict: {
    type: 'object',
    properties: {
      email: { type: 'string' },
      openMeasures: { type: 'number' },
      problem: { type: 'string' },
    },
    required: ['email', 'openMeasures', 'problem'],
    additionalProperties: false,
    description:
      'A person the file would remove but who still answers for open measures: kept as they are.',
  },
  PhaseDeadlines: {
    type: 'object',
    properties: {
      followUpMeetingBy: { type: 'string', nullable: true },
      planRegisteredBy: { type: 'string', nullable: true },
      evaluationBy: { type: 'string', nullable: true },
    },
    required: ['followUpMeetingBy', 'planRegisteredBy', 'evaluationBy'],
    additionalProperties: false,
  },
  PlenaryItemDto: {
    type: 'object',
    properties: {
      kind: { $ref: '#/components/schemas/AreaKindValue' },
      title: { type: 'string' },
      indexCodes: { type: 'array', items: { type: 'string' } },
      groups: {
        type: 'number',
        description:
          'How many groups proposed this area (titles compared case- and space-insensitively).',
      },
      groupNames: { type: 'array', items: { type: 'string' } },
      areaId: {
        type: 'string',
        nullable: true,
        description: "The unit's area created from it, if any.",
      },
    },
    required: ['areaId', 'groupNames', 'groups', 'kind', 'title'],
    additionalProperties: false,
  },
  PredecessorsDto: {
    type: 'object',
    properties: {
      unitId: { type: 'string' },
      predecessors: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            code: { type: 'string' },
            nameNb: { type: 'string' },
            nameEn: { type: 'string' },
          },
          required: ['id', 'code', 'nameNb', 'nameEn'],
          additionalProperties: false,
        },
      },
    },
    required: ['unitId', 'predecessors'],
    additionalProperties: false,
  },
  ReportFileParams: {
    type: 'object',
    properties: {
      roundId: { type: 'string' },
      unitId: { type: 'string' },
      format: { $ref: '#/components/schemas/ReportFormat' },
    },
    additionalProperties: false,
    required: ['roundId'],
    description: 'GET /api/reports/results: a report that can also be downloaded (default `json`).',
  },
  ReportFormat: { type: 'string', enum: ['json', 'csv', 'xlsx'] },
  ReportGroupBy: { type: 'string', enum: ['faculty', 'department', 'unit'] },
  ReportScopeParams: {
    type: 'object',
    properties: { roundId: { type: 'string' }, unitId: { type: 'string' } },
    required: ['roundId'],
    additionalProperties: false,
    description:
      "GET /api/reports/impact: the round, and a unit to narrow it to (default: the caller's whole scope).",
  },
  ResultsReportDto: {
    type: 'object',
    properties: {
      roundId: { type: 'string' },
      roundYear: { type: 'number' },
      anonymityThreshold: { type: 'number' },
      sector: { type: 'object', additionalProperties: { type: 'number' } },
      rows: { type: 'array', items: { $ref: '#/components/schemas/ResultsReportRowDto' } },
    },
    required: ['roundId', 'roundYear', 'anonymityThreshold', 'sector', 'rows'],
    additionalProperties: false,
  },
  ResultsReportRowDto: {
    type: 'object',
    properties: {
      unitId: { type: 'string' },
      unitCode: { type: 'string' },
      unitNameNb: { type: 'string' },
      unitNameEn: { type: 'string' },
      result: { $ref: '#/components/schemas/UnitResultDto' },
    },
    required: ['result', 'unitCode', 'unitId', 'unitNameEn', 'unitNameNb'],
    additionalProperties: false,
    description: 'GET /api/reports/results',
  },
  Role: { type: 'string', enum: ['admin', 'hr', 'leader', 'verneombud', 'employee'] },
  RoleAssignmentDto: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      role: { $ref: '#/components/schemas/Role' },
      unitId: { type: 'string' },
      unitCode: { type: 'string' },
    },
    required: ['id', 'role', 'unitId', 'unitCode'],
    additionalProperties: false,
  },
  RoundDto: {
    type: 'object',
    properties: {
      followUpMeetingBy: { type: 'string', nullable: true },
      planRegisteredBy: { type: 'string', nullable: true },
      evaluationBy: { type: 'string', nullable: true },
      id: { type: 'string' },
      name: { type: 'string' },
      year: { type: 'number' },
      invitedCount: { type: 'number', nullable: true },
      invitedDate: { type: 'string', nullable: true },
      responses: { type: 'number', nullable: true },
      anonymityThreshold: { type: 'number' },
      version: { type: 'number' },
    },
    required: [
      'anonymityThreshold',
      'evaluationBy',
      'followUpMeetingBy',
      'id',
      'invitedCount',
      'invitedDate',
      'name',
      'planRegisteredBy',
      'responses',
      'version',
      'year',
    ],
    additionalProperties: false,
  },
  SectorImportSummaryDto: {
    type: 'object',
    properties: {
      roundId: { type: 'string' },
      indices: { type: 'number' },
      changed: { type: 'boolean' },
      sha256: { type: 'string' },
    },
    required: ['roundId', 'indices', 'changed', 'sha256'],
    additionalProperties: false,
  },
  SetPredecessorsRequest: {
    type: 'object',
    properties: { predecessorIds: { type: 'array', items: { type: 'string' } } },
    required: ['predecessorIds'],
    additionalProperties: false,
    description: 'PUT /api/org-units/{id}/predecessors: the units a reorganised unit replaces.',
  },
  SignInError: {
    type: 'string',
    enum: [
      'expired',
      'provider',
      'failed',
      'unavailable',
      'email_missing',
      'email_unverified',
      'linked_elsewhere',
      'unknown_person',
      'deactivated',
    ],
  },
  SuppressionReason: {
    type: 'string',
    enum: ['below_threshold', 'complementary'],
    description: "Why a unit's result, or one index value of it, is not shown.",
  },
  SyncedRole: {
    type: 'string',
    enum: ['hr', 'leader', 'verneombud', 'employee'],
    description:
      'Roles that HR files and identity systems may hand out; admin is only ever granted by hand.',
  },
  TimelineEventDto: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      at: { type: 'string' },
      actorId: { type: 'string', nullable: true },
      actorName: { type: 'string', nullable: true },
      actorRole: { type: 'string', nullable: true },
      action: { type: 'string' },
      entity: { type: 'string' },
      entityId: { type: 'string', nullable: true },
      before: {},
      after: {},
    },
    required: [
      'id',
      'at',
      'actorId',
      'actorName',
      'actorRole',
      'action',
      'entity',
      'entityId',
      'before',
      'after',
    ],
    additionalProperties: false,
  },
  TransitionOptionDto: {
    type: 'object',
    properties: {
      to: { $ref: '#/components/schemas/CaseState' },
      direction: { type: 'string', enum: ['forward', 'back'] },
      ready: {
        type: 'boolean',
        description: 'Whether the guard passes now; when false, `missing` says why.',
      },
      message: { type: 'string', nullable: true },
    },
    required: ['to', 'direction', 'ready', 'message'],
    additionalProperties: false,
  },
  TransitionRequest: {
    type: 'object',
    properties: {
      version: { type: 'number' },
      to: { $ref: '#/components/schemas/CaseState' },
      reason: { type: 'string', description: 'Required by the transitions that go back a step.' },
    },
    required: ['to', 'version'],
    additionalProperties: false,
    description: 'POST /api/cases/{id}/transitions',
  },
  UnitResultDto: {
    type: 'object',
    properties: {
      roundId: { type: 'string' },
      unitId: { type: 'string' },
      invited: { type: 'number' },
      respondents: { type: 'number' },
      responseRate: { type: 'number', nullable: true },
      suppressed: { type: 'boolean' },
      suppressionReason: {
        anyOf: [
          { $ref: '#/components/schemas/SuppressionReason' },
          { type: 'object', nullable: true, enum: [null] },
        ],
      },
      indices: {
        type: 'array',
        items: { $ref: '#/components/schemas/IndexResultDto' },
        description: 'The indices answered in the unit; empty when the unit is suppressed.',
      },
      workingHours: { type: 'object', additionalProperties: { type: 'number' }, nullable: true },
      appraisalYesPct: { type: 'number', nullable: true },
      appraisalUsefulness: { type: 'number', nullable: true },
      version: { type: 'number' },
    },
    required: [
      'roundId',
      'unitId',
      'invited',
      'respondents',
      'responseRate',
      'suppressed',
      'suppressionReason',
      'indices',
      'workingHours',
      'appraisalYesPct',
      'appraisalUsefulness',
      'version',
    ],
    additionalProperties: false,
    description: "A unit's result in a round: with no values at all when the unit is suppressed.",
  },
  UpdateAreaRequest: {
    type: 'object',
    additionalProperties: false,
    properties: {
      kind: { $ref: '#/components/schemas/AreaKindValue' },
      title: { type: 'string' },
      description: { type: 'string', nullable: true },
      indexCodes: { type: 'array', items: { type: 'string' } },
      selected: { type: 'boolean' },
      rank: { type: 'number', nullable: true },
      votes: { type: 'number' },
      version: { type: 'number' },
    },
    required: ['version'],
    description: 'PATCH /api/cases/{id}/areas/{areaId}',
  },
  UpdateContentPageRequest: {
    type: 'object',
    properties: {
      bodyNb: { type: 'string' },
      bodyEn: { type: 'string' },
      version: { type: 'number', description: 'The version last read: a stale one is a 409.' },
    },
    required: ['bodyNb', 'bodyEn', 'version'],
    additionalProperties: false,
  },
  UpdateEscalationPolicyRequest: {
    type: 'object',
    properties: {
      version: { type: 'number' },
      steps: { type: 'array', items: { $ref: '#/components/schemas/EscalationStep' } },
    },
    required: ['steps', 'version'],
    additionalProperties: false,
    description:
      "PUT /api/rounds/{id}/escalation-policy: the round's version and its ladder, in order.",
  },
  UpdateGroupRequest: {
    type: 'object',
    additionalProperties: false,
    properties: {
      name: { type: 'string' },
      proposals: {
        type: 'array',
        items: { $ref: '#/components/schemas/GroupProposal' },
        description: 'At most four.',
      },
      version: { type: 'number' },
    },
    required: ['version'],
    description: 'PATCH /api/cases/{id}/groups/{groupId}',
  },
  UpdateMeasureRequest: {
    type: 'object',
    additionalProperties: false,
    properties: {
      areaId: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string', nullable: true },
      goal: { type: 'string', nullable: true },
      responsibleUserId: { type: 'string', nullable: true },
      responsibleRole: { type: 'string', nullable: true },
      importance: { type: 'number', nullable: true },
      feasibility: { type: 'number', nullable: true },
      deadline: {
        type: 'string',
        nullable: true,
        description:
          'The first deadline; later moves go through POST /api/measures/{id}/deadline with a reason.',
      },
      version: { type: 'number' },
    },
    required: ['version'],
    description: 'PATCH /api/measures/{id}: `deadline` only sets a first one.',
  },
  UpdateMyProfileRequest: {
    type: 'object',
    properties: {
      language: { $ref: '#/components/schemas/Language' },
      notifyMode: { type: 'string', enum: ['immediate', 'digest'] },
    },
    additionalProperties: false,
    description: 'PATCH /api/users/me',
  },
  UpdateOrgUnitRequest: {
    type: 'object',
    properties: {
      nameNb: { type: 'string' },
      nameEn: { type: 'string' },
      leaderId: { type: 'string', nullable: true },
      active: { type: 'boolean' },
    },
    additionalProperties: false,
    description: 'PATCH /api/org-units/{id}',
  },
  UpdateRoundRequest: {
    type: 'object',
    properties: {
      followUpMeetingBy: { type: 'string', nullable: true },
      planRegisteredBy: { type: 'string', nullable: true },
      evaluationBy: { type: 'string', nullable: true },
      version: { type: 'number' },
      name: { type: 'string' },
      invitedCount: { type: 'number', nullable: true },
      invitedDate: { type: 'string', nullable: true },
      responses: { type: 'number', nullable: true },
      anonymityThreshold: { type: 'number' },
    },
    additionalProperties: false,
    required: ['version'],
    description: 'PATCH /api/rounds/{id}',
  },
  UpdateUserRequest: {
    type: 'object',
    properties: {
      language: { $ref: '#/components/schemas/Language' },
      notifyMode: { type: 'string', enum: ['immediate', 'digest'] },
      name: { type: 'string' },
      email: { type: 'string' },
      active: { type: 'boolean' },
    },
    additionalProperties: false,
    description: 'PATCH /api/users/{id}',
  },
  UpdateWorkshopRequest: {
    type: 'object',
    properties: {
      version: { type: 'number' },
      date: { type: 'string', nullable: true },
      participants: { type: 'number', nullable: true },
      facilitator: { type: 'string', nullable: true },
      notes: { type: 'string', nullable: true },
    },
    additionalProperties: false,
    required: ['version'],
    description: 'PATCH /api/cases/{id}/workshop',
  },
  UserDto: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      language: { $ref: '#/components/schemas/Language' },
      notifyMode: { type: 'string', enum: ['immediate', 'digest'] },
      active: {
        type: 'boolean',
        description:
          'An inactive user cannot sign in; their roles are kept, and deadline e-mails go past them.',
      },
    },
    required: ['id', 'name', 'email', 'language', 'notifyMode', 'active'],
    additionalProperties: false,
  },
  UserStatus: {
    type: 'string',
    enum: ['active', 'inactive', 'all'],
    description: 'Which users GET /api/users lists.',
  },
  Verdict: { $ref: '#/components/schemas/EvaluationVerdict' },
  VersionedRequest: {
    type: 'object',
    properties: { version: { type: 'number' } },
    required: ['version'],
    additionalProperties: false,
    description:
      'Optimistic locking: the version last read; a stale one is a 409 with the version now stored.',
  },
  WorkshopDto: {
    type: 'object',
    properties: {
      date: { type: 'string', nullable: true },
      participants: { type: 'number', nullable: true },
      facilitator: { type: 'string', nullable: true },
      notes: { type: 'string', nullable: true },
    },
    required: ['date', 'participants', 'facilitator', 'notes'],
    additionalProperties: false,
  },
  WorkshopGroupDto: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      caseId: { type: 'string' },
      name: { type: 'string' },
      proposals: { type: 'array', items: { $ref: '#/components/schemas/GroupProposal' } },
      version: { type: 'number' },
    },
    required: ['id', 'caseId', 'name', 'proposals', 'version'],
    additionalProperties: false,
  },
};
