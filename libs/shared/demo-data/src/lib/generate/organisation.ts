import type { Language } from '@tiltak/shared/api-contract';
import {
  FIRST_NAMES,
  GROUP_TOPICS,
  INTERNATIONAL_NAMES,
  LAST_NAMES,
  PLACE_NAMES,
  SECTION_NAMES,
  emailLocalPart,
} from '../names';
import { NTNU_ORG_UNITS, type OrgUnitSeed } from '../org-units.data';
import { type Rng } from '../rng';
import {
  type AppUserRow,
  type OrgUnitRow,
  type RoleAssignmentRow,
  type RoleName,
  type UnitKind,
} from '../types';
import { DEMO_USERS, type DemoUserKey } from './demo-users';

/** Who works in a unit decides its working hours: academic staff work longer weeks. */
export type Staffing = 'management' | 'admin' | 'mixed' | 'academic';

export interface UnitNode {
  row: OrgUnitRow;
  parent: UnitNode | null;
  children: UnitNode[];
  /** The unit's code in NTNU's numbering (`IE-IDI`), the same in every replicated institution. */
  baseCode: string;
  institution: number;
  staffing: Staffing;
  /** A small group that falls below the anonymity threshold in every round. */
  tiny: boolean;
  /** Relative size of the unit's own staff (not counting sub-units). */
  staffWeight: number;
  leaderTitle: string;
  leaderId: string;
  memberIds: string[];
  /** The nearest verneombud at or above the unit. */
  verneombudId: string;
  /** The faculty's HR/HSE contact, or the institution's above faculty level. */
  hrId: string;
}

export interface Organisation {
  users: AppUserRow[];
  units: OrgUnitRow[];
  roles: RoleAssignmentRow[];
  /** Root first, parents before children. */
  nodes: UnitNode[];
  demoUserIds: Record<DemoUserKey, string>;
}

const CREATED_AT = '2017-06-01T08:00:00.000Z';
const ADMINISTRATIVE_FACULTY = 'FA';

/**
 * The real NTNU units plus generated sections and research groups, replicated `institutions`
 * times (the second is UNI2 with UNI2-IE, UNI2-IE-IDI, …) to model the whole sector.
 */
export function generateOrganisation(rng: Rng, institutions: number): Organisation {
  const people = new People(rng.fork('people'));
  const demoUserIds = Object.fromEntries(
    DEMO_USERS.map((u) => [u.key, people.add(u.name, u.email, 'nb', 'immediate')]),
  ) as Record<DemoUserKey, string>;

  const nodes: UnitNode[] = [];
  for (let k = 1; k <= institutions; k++) {
    nodes.push(...buildInstitution(rng.fork(`institution-${k}`), k));
  }

  const roles: RoleAssignmentRow[] = [];
  const roleRng = rng.fork('roles');
  const assign = (userId: string, role: RoleName, unit: UnitNode) =>
    roles.push({
      id: roleRng.uuid(),
      user_id: userId,
      role,
      unit_id: unit.row.id,
      created_at: CREATED_AT,
    });
  const demoAt = (role: RoleName, node: UnitNode): string | undefined => {
    if (node.institution !== 1) return undefined;
    const demo = DEMO_USERS.find((u) => u.role === role && u.unitCode === node.baseCode);
    return demo && demoUserIds[demo.key];
  };

  for (const node of nodes) {
    node.leaderId = demoAt('leader', node) ?? people.generated();
    node.row.leader_id = node.leaderId;
    assign(node.leaderId, 'leader', node);

    const kind = node.row.kind;
    if (kind === 'institution') {
      assign(demoAt('admin', node) ?? people.generated(), 'admin', node);
    }
    if (kind === 'institution' || kind === 'faculty') {
      node.hrId = demoAt('hr', node) ?? people.generated();
      assign(node.hrId, 'hr', node);
    } else {
      node.hrId = node.parent?.hrId ?? '';
    }
    // A safety representative per department; a local senior one per faculty and institution.
    if (kind === 'institution' || kind === 'faculty' || kind === 'department') {
      node.verneombudId = demoAt('verneombud', node) ?? people.generated();
      assign(node.verneombudId, 'verneombud', node);
    } else {
      node.verneombudId = node.parent?.verneombudId ?? '';
    }

    const demoEmployee = demoAt('employee', node);
    if (demoEmployee) node.memberIds.push(demoEmployee);
    const plainEmployees =
      kind === 'faculty' ? 1 : kind === 'department' || kind === 'institution' ? 3 : 2;
    const employees = plainEmployees + roleRng.int(0, 1);
    while (node.memberIds.length < employees) node.memberIds.push(people.generated());
    for (const id of node.memberIds) assign(id, 'employee', node);
  }

  return {
    users: people.rows,
    units: nodes.map((n) => n.row),
    roles,
    nodes,
    demoUserIds,
  };
}

function buildInstitution(rng: Rng, k: number): UnitNode[] {
  const rootCode = k === 1 ? 'NTNU' : `UNI${k}`;
  const place =
    PLACE_NAMES[(k - 2) % PLACE_NAMES.length] + (k - 2 >= PLACE_NAMES.length ? ` ${k}` : '');
  const nodes: UnitNode[] = [];
  const byBaseCode = new Map<string, UnitNode>();

  const add = (
    baseCode: string,
    parent: UnitNode | null,
    kind: UnitKind,
    names: { nb: string; en: string },
    staffing: Staffing,
    staffWeight: number,
    leaderTitle: string,
  ): UnitNode => {
    const id = rng.uuid();
    const code = baseCode === 'NTNU' ? rootCode : k === 1 ? baseCode : `${rootCode}-${baseCode}`;
    const node: UnitNode = {
      row: {
        id,
        code,
        parent_id: parent?.row.id ?? null,
        path: [...(parent?.row.path ?? []), id],
        kind,
        name_nb: names.nb,
        name_en: names.en,
        leader_id: null,
        active: true,
        created_at: CREATED_AT,
        updated_at: CREATED_AT,
      },
      parent,
      children: [],
      baseCode,
      institution: k,
      staffing,
      tiny: false,
      staffWeight,
      leaderTitle,
      leaderId: '',
      memberIds: [],
      verneombudId: '',
      hrId: '',
    };
    parent?.children.push(node);
    nodes.push(node);
    byBaseCode.set(baseCode, node);
    return node;
  };

  const rename = (seed: OrgUnitSeed) => {
    if (k === 1) return { nb: seed.name_nb, en: seed.name_en };
    if (seed.kind === 'institution')
      return { nb: `Universitetet i ${place}`, en: `University of ${place}` };
    return {
      nb: seed.name_nb.replace('NTNU ', ''),
      en: seed.name_en.replace('NTNU ', ''),
    };
  };

  for (const seed of NTNU_ORG_UNITS) {
    const parent = seed.parent ? (byBaseCode.get(seed.parent) ?? null) : null;
    const administrative =
      seed.code === ADMINISTRATIVE_FACULTY || seed.parent === ADMINISTRATIVE_FACULTY;
    if (seed.kind === 'institution') {
      add(seed.code, null, 'institution', rename(seed), 'management', rng.int(15, 25), 'Rektor');
    } else if (seed.kind === 'faculty') {
      add(
        seed.code,
        parent,
        'faculty',
        rename(seed),
        'management',
        rng.int(4, 10),
        administrative ? 'Organisasjonsdirektør' : 'Dekan',
      );
    } else {
      add(
        seed.code,
        parent,
        'department',
        rename(seed),
        administrative ? 'admin' : 'mixed',
        administrative ? rng.int(3, 8) : rng.int(8, 25),
        administrative ? 'Avdelingsdirektør' : 'Instituttleder',
      );
    }
  }

  // Generated below the real units, so that the real ones keep the first ids of each institution.
  for (const node of [...nodes]) {
    if (node.row.kind === 'faculty' && node.baseCode !== ADMINISTRATIVE_FACULTY) {
      add(
        `${node.baseCode}-ADM`,
        node,
        'section',
        { nb: 'Fakultetsadministrasjonen', en: 'Faculty Administration' },
        'admin',
        rng.int(25, 60),
        'Fakultetsdirektør',
      );
    }
    if (node.row.kind !== 'department') continue;
    if (node.staffing === 'admin') {
      rng
        .sample(SECTION_NAMES, rng.int(2, 5))
        .forEach(([nb, en], i) =>
          add(
            `${node.baseCode}-S${i + 1}`,
            node,
            'section',
            { nb, en },
            'admin',
            rng.int(10, 45),
            'Seksjonsleder',
          ),
        );
      continue;
    }
    rng
      .sample(GROUP_TOPICS[node.parent?.baseCode ?? ''] ?? GROUP_TOPICS['IE'], rng.int(2, 6))
      .forEach(([nb, en], i) => {
        const group = add(
          `${node.baseCode}-G${i + 1}`,
          node,
          'group',
          { nb: `Faggruppe for ${nb}`, en: `Research Group for ${en}` },
          'academic',
          rng.int(8, 30),
          'Faggruppeleder',
        );
        group.tiny = rng.chance(0.1);
      });
    if (rng.chance(0.6)) {
      add(
        `${node.baseCode}-ADM`,
        node,
        'section',
        { nb: 'Administrasjonen', en: 'Administration' },
        'admin',
        rng.int(6, 18),
        'Administrasjonssjef',
      );
    }
  }

  // Every institution has some units below the anonymity threshold, whatever the draws were.
  const groups = nodes.filter((n) => n.row.kind === 'group');
  for (let i = 0; groups.filter((g) => g.tiny).length < 3 && i < groups.length; i += 7)
    groups[i].tiny = true;
  return nodes;
}

/** Generated users: `firstname.lastname.N@tiltak.example`, mostly bokmål, some English. */
class People {
  readonly rows: AppUserRow[] = [];
  private counter = 0;

  constructor(private readonly rng: Rng) {}

  add(name: string, email: string, language: Language, notifyMode: 'immediate' | 'digest'): string {
    const id = this.rng.uuid();
    this.rows.push({
      id,
      name,
      email,
      language,
      notify_mode: notifyMode,
      external_subject: null,
      active: true,
      created_at: CREATED_AT,
      updated_at: CREATED_AT,
    });
    return id;
  }

  generated(): string {
    const english = this.rng.chance(0.12);
    const [first, last] = english
      ? this.rng.pick(INTERNATIONAL_NAMES)
      : [this.rng.pick(FIRST_NAMES), this.rng.pick(LAST_NAMES)];
    this.counter++;
    return this.add(
      `${first} ${last}`,
      `${emailLocalPart(first, last)}.${this.counter}@tiltak.example`,
      english ? 'en' : 'nb',
      this.rng.chance(0.2) ? 'digest' : 'immediate',
    );
  }
}
