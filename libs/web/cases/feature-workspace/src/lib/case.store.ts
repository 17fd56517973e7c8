import { Injectable, computed, inject, signal } from '@angular/core';
import type { ApiError, CaseDetailDto } from '@tiltak/shared/api-contract';
import { CasesApi } from '@tiltak/web/shared/data-access';
import { type RequestProblem, classifyProblem } from '@tiltak/web/shared/util';
import { type Observable, firstValueFrom } from 'rxjs';

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: RequestProblem };

/**
 * The open case, shared by the workspace's steps (provided on the workspace route).
 * Every change goes through `save`: on success the case is re-read so versions, guards and
 * transitions stay true; on a stale version the newest case is loaded and `stale` explains it,
 * while editors keep what the user typed (they read the current version only when saving again).
 */
@Injectable()
export class CaseStore {
  private readonly api = inject(CasesApi);

  private readonly _detail = signal<CaseDetailDto | null>(null);
  private readonly _loadError = signal<ApiError | null>(null);
  private readonly _saving = signal(0);
  private readonly _stale = signal(false);
  private loadingId: string | null = null;
  private loading: Promise<CaseDetailDto | null> | null = null;

  readonly detail = this._detail.asReadonly();
  readonly loadError = this._loadError.asReadonly();
  readonly saving = computed(() => this._saving() > 0);
  readonly stale = this._stale.asReadonly();
  readonly canEdit = computed(() => this._detail()?.permissions.edit ?? false);

  /** Loads a case once; the redirect guard and the page share the same request. */
  load(caseId: string): Promise<CaseDetailDto | null> {
    if (this.loadingId !== caseId || !this.loading) {
      this.loadingId = caseId;
      this._detail.set(null);
      this._loadError.set(null);
      this.loading = this.fetch(caseId);
    }
    return this.loading;
  }

  reload(): Promise<CaseDetailDto | null> {
    const id = this._detail()?.id ?? this.loadingId;
    if (!id) return Promise.resolve(null);
    this.loading = this.fetch(id);
    return this.loading;
  }

  dismissStale(): void {
    this._stale.set(false);
  }

  async save<T>(request: () => Observable<T>): Promise<Outcome<T>> {
    this._saving.update((n) => n + 1);
    try {
      const value = await firstValueFrom(request());
      this._stale.set(false);
      await this.reload();
      return { ok: true, value };
    } catch (failure) {
      const problem = classifyProblem(failure);
      if (problem.kind === 'stale') {
        this._stale.set(true);
        await this.reload();
      }
      return { ok: false, problem };
    } finally {
      this._saving.update((n) => n - 1);
    }
  }

  private async fetch(caseId: string): Promise<CaseDetailDto | null> {
    try {
      const detail = await firstValueFrom(this.api.get(caseId));
      this._detail.set(detail);
      return detail;
    } catch (failure) {
      this._loadError.set(classifyProblem(failure).error);
      return null;
    }
  }
}
