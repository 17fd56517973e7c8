import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  DirectoryUserDto,
  ListUsersParams,
  OrgUnitDto,
  Page,
  RoundDto,
  UpdateRoundRequest,
  UserDto,
  UserStatus,
} from '@tiltak/shared/api-contract';
import { firstValueFrom } from 'rxjs';
import { SILENT_ERRORS } from './http-context';

/** Rounds, org units and users: small, slow-changing lists most pages need. */
@Injectable({ providedIn: 'root' })
export class ReferenceDataApi {
  private readonly http = inject(HttpClient);

  private readonly _units = signal<OrgUnitDto[] | null>(null);
  private unitsLoading: Promise<OrgUnitDto[]> | null = null;
  readonly units = this._units.asReadonly();
  readonly unitsById = computed(() => new Map((this._units() ?? []).map((u) => [u.id, u])));

  /** Org units are loaded once per session and shared. */
  loadUnits(): Promise<OrgUnitDto[]> {
    this.unitsLoading ??= firstValueFrom(this.http.get<OrgUnitDto[]>('/api/org-units')).then(
      (units) => {
        this._units.set(units);
        return units;
      },
      (failure) => {
        this.unitsLoading = null;
        throw failure;
      },
    );
    return this.unitsLoading;
  }

  rounds() {
    return this.http.get<RoundDto[]>('/api/rounds');
  }

  updateRound(id: string, version: number, changes: Omit<UpdateRoundRequest, 'version'>) {
    return this.http.patch<RoundDto>(
      `/api/rounds/${id}`,
      { version, ...changes } satisfies UpdateRoundRequest,
      {
        context: new HttpContext().set(SILENT_ERRORS, true),
      },
    );
  }

  /** The people who may be made responsible for a case's measures (name and e-mail): the directory non-admins get. */
  caseUsers(caseId: string, q: string, pageSize = 10) {
    const params = new HttpParams({
      fromObject: { caseId, q, pageSize } satisfies ListUsersParams,
    });
    return this.http.get<Page<DirectoryUserDto>>('/api/users', { params });
  }

  /** Every user: for admins only. */
  users(q: string, page = 1, pageSize = 20, status: UserStatus = 'active') {
    const params = new HttpParams({
      fromObject: { q, page, pageSize, status } satisfies ListUsersParams,
    });
    return this.http.get<Page<UserDto>>('/api/users', { params });
  }
}
