import { HttpClient, HttpContext, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  AuthConfigDto,
  DevLoginRequest,
  LogoutDto,
  MeDto,
  RoleAssignmentDto,
} from '@tiltak/shared/api-contract';
import type { Role } from '@tiltak/shared/domain';
import { firstValueFrom } from 'rxjs';
import { SILENT_ERRORS } from './http-context';

export interface DevUser {
  email: string;
  name: string;
  /** "leader IE-IDI" from the dev endpoint, or full assignments. */
  roles: (string | RoleAssignmentDto)[];
}

/**
 * Who is signed in. The session itself is an HttpOnly cookie owned by the API; this only mirrors
 * `GET /api/auth/me`, so a reload restores it. In oidc mode signing in and out are full-page trips
 * to the identity provider (`/api/auth/login`, and the `redirectUrl` that logout answers).
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly silent = { context: new HttpContext().set(SILENT_ERRORS, true) };
  private loading: Promise<MeDto | null> | null = null;
  private configLoading: Promise<AuthConfigDto> | null = null;

  private readonly _authConfig = signal<AuthConfigDto | null>(null);
  /** dev or oidc, and the identity provider's name; null until loaded. */
  readonly authConfig = this._authConfig.asReadonly();

  private readonly _me = signal<MeDto | null>(null);
  readonly me = this._me.asReadonly();
  readonly signedIn = computed(() => this._me() !== null);
  readonly roles = computed(() => new Set(this._me()?.roles.map((r) => r.role) ?? []));

  hasRole(...roles: Role[]): boolean {
    const mine = this.roles();
    return roles.some((r) => mine.has(r));
  }

  /** Units where I hold the role (each covers its subtree). */
  unitIdsFor(role: Role): string[] {
    return (
      this._me()
        ?.roles.filter((r) => r.role === role)
        .map((r) => r.unitId) ?? []
    );
  }

  /** Loads the session once; later calls share the first answer. */
  ensureLoaded(): Promise<MeDto | null> {
    this.loading ??= this.refresh();
    return this.loading;
  }

  async refresh(): Promise<MeDto | null> {
    try {
      const me = await firstValueFrom(this.http.get<MeDto>('/api/auth/me', this.silent));
      this._me.set(me);
      return me;
    } catch (failure) {
      if (failure instanceof HttpErrorResponse && failure.status === 401) {
        this._me.set(null);
        return null;
      }
      throw failure;
    }
  }

  /** How this installation signs people in (loaded once). */
  loadAuthConfig(): Promise<AuthConfigDto> {
    this.configLoading ??= firstValueFrom(
      this.http.get<AuthConfigDto>('/api/auth/config', this.silent),
    ).then(
      (config) => {
        this._authConfig.set(config);
        return config;
      },
      (failure: unknown) => {
        this.configLoading = null;
        throw failure;
      },
    );
    return this.configLoading;
  }

  devUsers(): Promise<DevUser[]> {
    return firstValueFrom(this.http.get<DevUser[]>('/api/auth/dev-users'));
  }

  async devLogin(email: string): Promise<MeDto | null> {
    await firstValueFrom(
      this.http.post('/api/auth/dev-login', { email } satisfies DevLoginRequest),
    );
    this.loading = this.refresh();
    return this.loading;
  }

  /** Ends the session; returns where to go next: /sign-in, or the identity provider's sign-out page. */
  async signOut(): Promise<string> {
    try {
      const { redirectUrl } = await firstValueFrom(
        this.http.post<LogoutDto>('/api/auth/logout', {}, this.silent),
      );
      return redirectUrl;
    } catch {
      return '/sign-in';
    } finally {
      this.clear();
    }
  }

  /** Forget the user locally (after a 401 the cookie is already gone). */
  clear(): void {
    this._me.set(null);
    this.loading = Promise.resolve(null);
  }

  /** For the language switch: keep the mirrored user in step with what was saved. */
  patchLocal(changes: Partial<MeDto>): void {
    const me = this._me();
    if (me) this._me.set({ ...me, ...changes });
  }
}
