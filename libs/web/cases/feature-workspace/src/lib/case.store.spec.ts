import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CaseDetailDto } from '@tiltak/shared/api-contract';
import { CasesApi } from '@tiltak/web/shared/data-access';
import { CaseStore } from './case.store';

const detail = (version: number): CaseDetailDto =>
  ({
    id: 'c1',
    version,
    state: 'results_published',
    workshop: { date: null, participants: null, facilitator: null, notes: null },
    permissions: { edit: true, comment: true, confirm: false, close: false },
    transitions: [],
    areas: [],
    measures: [],
    groups: [],
    confirmations: [],
  }) as unknown as CaseDetailDto;

describe('CaseStore', () => {
  let store: CaseStore;
  let api: CasesApi;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [CaseStore, provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(CaseStore);
    api = TestBed.inject(CasesApi);
    http = TestBed.inject(HttpTestingController);
    const loading = store.load('c1');
    http.expectOne('/api/cases/c1').flush(detail(3));
    await loading;
  });

  afterEach(() => http.verify());

  it('re-reads the case after a successful change', async () => {
    const saving = store.save(() =>
      api.updateWorkshop('c1', 3, {
        date: '2026-10-15',
        participants: 12,
        facilitator: null,
        notes: null,
      }),
    );
    expect(store.saving()).toBe(true);
    http.expectOne({ method: 'PATCH', url: '/api/cases/c1/workshop' }).flush({});
    await Promise.resolve();
    http.expectOne('/api/cases/c1').flush(detail(4));
    const outcome = await saving;
    expect(outcome.ok).toBe(true);
    expect(store.detail()?.version).toBe(4);
    expect(store.saving()).toBe(false);
  });

  it('on a stale version loads the newest case and says so, leaving the caller to keep its input', async () => {
    const saving = store.save(() =>
      api.updateWorkshop('c1', 3, {
        date: '2026-10-15',
        participants: 12,
        facilitator: null,
        notes: null,
      }),
    );
    http.expectOne({ method: 'PATCH', url: '/api/cases/c1/workshop' }).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'changed by someone else',
        currentVersion: 5,
      },
      { status: 409, statusText: 'Conflict' },
    );
    await Promise.resolve();
    http.expectOne('/api/cases/c1').flush(detail(5));
    const outcome = await saving;
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problem.kind).toBe('stale');
    expect(store.stale()).toBe(true);
    expect(store.detail()?.version).toBe(5);
  });

  it("returns a refused guard's missing list without reloading", async () => {
    const saving = store.save(() => api.transition('c1', 'results_presented', 3));
    http.expectOne({ method: 'POST', url: '/api/cases/c1/transitions' }).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Cannot move',
        missing: [{ code: 'workshop_date_missing' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    const outcome = await saving;
    expect(!outcome.ok && outcome.problem.kind).toBe('guard');
    expect(!outcome.ok && outcome.problem.error.missing?.[0]?.code).toBe('workshop_date_missing');
    expect(store.stale()).toBe(false);
  });
});
