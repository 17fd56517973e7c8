/**
 * A SCIM 2.0 client that talks to Tiltak the way Microsoft Entra ID's provisioning service does:
 * look a user up with `filter=userName eq "…"`, create when missing, PATCH with `Replace`/`Add`/`Remove`
 * operations (Entra capitalises them), deactivate with `active: false`, find groups by displayName,
 * and add or remove members one PATCH at a time. Used by `npm run scim-client` and by the API tests.
 */

export const SCIM_JSON = 'application/scim+json';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';

export interface ScimUser {
  id: string;
  userName: string;
  displayName?: string;
  active: boolean;
  preferredLanguage?: string;
  emails?: { value: string; primary?: boolean }[];
}

export interface ScimGroup {
  id: string;
  displayName: string;
  members?: { value: string; display?: string }[];
}

export interface ListResponse<T> {
  totalResults: number;
  Resources: T[];
}

export interface PersonToProvision {
  userName: string;
  displayName: string;
  givenName?: string;
  familyName?: string;
  preferredLanguage?: string;
  externalId?: string;
}

export interface PatchOperation {
  op: 'Add' | 'Replace' | 'Remove' | 'add' | 'replace' | 'remove';
  path?: string;
  value?: unknown;
}

export class ScimClientError extends Error {
  constructor(
    readonly status: number,
    readonly scimType: string | undefined,
    readonly detail: string,
  ) {
    super(`SCIM ${status}${scimType ? ` ${scimType}` : ''}: ${detail}`);
  }
}

export class ScimClient {
  /** @param baseUrl e.g. `https://tiltak.example.org/scim/v2` */
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  /** One request; answers with status and parsed body, throwing ScimClientError for 4xx/5xx. */
  async request<T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const res = await fetch(`${this.baseUrl.replace(/\/$/, '')}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        accept: SCIM_JSON,
        ...(body === undefined ? {} : { 'content-type': SCIM_JSON }),
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    const parsed = text ? (JSON.parse(text) as T) : (undefined as T);
    if (res.status >= 400) {
      const error = parsed as { scimType?: string; detail?: string };
      throw new ScimClientError(res.status, error?.scimType, error?.detail ?? text);
    }
    return { status: res.status, body: parsed };
  }

  async serviceProviderConfig(): Promise<Record<string, unknown>> {
    return (await this.request<Record<string, unknown>>('GET', '/ServiceProviderConfig')).body;
  }

  async findUserByUserName(userName: string): Promise<ScimUser | null> {
    const filter = encodeURIComponent(`userName eq "${userName.replace(/"/g, '\\"')}"`);
    const list = (await this.request<ListResponse<ScimUser>>('GET', `/Users?filter=${filter}`))
      .body;
    return list.Resources[0] ?? null;
  }

  async getUser(id: string): Promise<ScimUser> {
    return (await this.request<ScimUser>('GET', `/Users/${id}`)).body;
  }

  async createUser(person: PersonToProvision): Promise<ScimUser> {
    return (await this.request<ScimUser>('POST', '/Users', entraUser(person))).body;
  }

  async patchUser(id: string, operations: PatchOperation[]): Promise<ScimUser | undefined> {
    return (
      await this.request<ScimUser | undefined>('PATCH', `/Users/${id}`, {
        schemas: [PATCH_OP],
        Operations: operations,
      })
    ).body;
  }

  /** What Entra does when a person is disabled or unassigned from the app. */
  async deactivateUser(id: string): Promise<ScimUser | undefined> {
    return this.patchUser(id, [{ op: 'Replace', path: 'active', value: false }]);
  }

  async deleteUser(id: string): Promise<void> {
    await this.request('DELETE', `/Users/${id}`);
  }

  /** Entra's provisioning cycle for one person: match on userName, create if missing, else bring the attributes up to date. */
  async provisionUser(person: PersonToProvision): Promise<ScimUser> {
    const existing = await this.findUserByUserName(person.userName);
    if (!existing) return this.createUser(person);
    const ops: PatchOperation[] = [
      { op: 'Replace', path: 'displayName', value: person.displayName },
    ];
    if (person.preferredLanguage)
      ops.push({ op: 'Replace', path: 'preferredLanguage', value: person.preferredLanguage });
    if (!existing.active) ops.push({ op: 'Replace', path: 'active', value: true });
    return (await this.patchUser(existing.id, ops)) ?? this.getUser(existing.id);
  }

  async findGroupByDisplayName(displayName: string): Promise<ScimGroup | null> {
    const filter = encodeURIComponent(`displayName eq "${displayName.replace(/"/g, '\\"')}"`);
    const list = (
      await this.request<ListResponse<ScimGroup>>(
        'GET',
        `/Groups?filter=${filter}&excludedAttributes=members`,
      )
    ).body;
    return list.Resources[0] ?? null;
  }

  async getGroup(id: string): Promise<ScimGroup> {
    return (await this.request<ScimGroup>('GET', `/Groups/${id}`)).body;
  }

  async createGroup(displayName: string, externalId?: string): Promise<ScimGroup> {
    return (
      await this.request<ScimGroup>('POST', '/Groups', {
        schemas: [GROUP_SCHEMA],
        displayName,
        externalId,
        members: [],
      })
    ).body;
  }

  /** Entra looks the group up by name and creates it only when it is not there. */
  async provisionGroup(displayName: string): Promise<ScimGroup> {
    return (await this.findGroupByDisplayName(displayName)) ?? this.createGroup(displayName);
  }

  async addMember(groupId: string, userId: string): Promise<void> {
    await this.request('PATCH', `/Groups/${groupId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Add', path: 'members', value: [{ value: userId }] }],
    });
  }

  async removeMember(groupId: string, userId: string): Promise<void> {
    await this.request('PATCH', `/Groups/${groupId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Remove', path: 'members', value: [{ value: userId }] }],
    });
  }

  async deleteGroup(id: string): Promise<void> {
    await this.request('DELETE', `/Groups/${id}`);
  }
}

/** A user as Entra's default attribute mappings send it. */
export function entraUser(person: PersonToProvision): Record<string, unknown> {
  return {
    schemas: [USER_SCHEMA],
    externalId: person.externalId ?? person.userName.split('@')[0],
    userName: person.userName,
    active: true,
    displayName: person.displayName,
    emails: [{ primary: true, type: 'work', value: person.userName }],
    name: {
      formatted: person.displayName,
      givenName: person.givenName,
      familyName: person.familyName,
    },
    preferredLanguage: person.preferredLanguage,
  };
}
