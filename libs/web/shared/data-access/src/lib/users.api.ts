import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AssignRoleRequest,
  CreateUserRequest,
  RoleAssignmentDto,
  UpdateUserRequest,
  UserDto,
} from '@tiltak/shared/api-contract';
import type { Role } from '@tiltak/shared/domain';
import { SILENT_ERRORS } from './http-context';

/** Users and their role assignments, as an admin manages them. Callers explain refusals themselves. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);
  private readonly silent = { context: new HttpContext().set(SILENT_ERRORS, true) };

  create(user: CreateUserRequest) {
    return this.http.post<UserDto>('/api/users', user, this.silent);
  }

  update(id: string, changes: UpdateUserRequest) {
    return this.http.patch<UserDto>(`/api/users/${id}`, changes, this.silent);
  }

  roles(id: string) {
    return this.http.get<RoleAssignmentDto[]>(`/api/users/${id}/roles`);
  }

  assignRole(id: string, role: Role, unitId: string) {
    return this.http.post<RoleAssignmentDto[]>(
      `/api/users/${id}/roles`,
      { role, unitId } satisfies AssignRoleRequest,
      this.silent,
    );
  }

  removeRole(id: string, assignmentId: string) {
    return this.http.delete<RoleAssignmentDto[]>(
      `/api/users/${id}/roles/${assignmentId}`,
      this.silent,
    );
  }
}
