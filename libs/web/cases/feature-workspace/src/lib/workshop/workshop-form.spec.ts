import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import type { CaseDetailDto } from '@tiltak/shared/api-contract';
import { provideFormDefaults } from '@tiltak/web/shared/ui';
import { CaseStore } from '../case.store';
import { WorkshopForm } from './workshop-form';

const detail = (version: number, participants: number | null): CaseDetailDto =>
  ({
    id: 'c1',
    version,
    state: 'results_published',
    workshop: { date: null, participants, facilitator: null, notes: null },
    permissions: { edit: true, comment: true, confirm: false, close: false },
    transitions: [],
    areas: [],
    measures: [],
    groups: [],
    confirmations: [],
  }) as unknown as CaseDetailDto;

describe('WorkshopForm', () => {
  it('keeps what the user typed when a stale save reloads the case, and saves again with the new version', async () => {
    TestBed.configureTestingModule({
      imports: [WorkshopForm],
      providers: [
        CaseStore,
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ fallbackLang: 'nb', lang: 'nb' }),
        provideFormDefaults(),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const store = TestBed.inject(CaseStore);
    const loading = store.load('c1');
    http.expectOne('/api/cases/c1').flush(detail(1, null));
    await loading;

    const fixture = TestBed.createComponent(WorkshopForm);
    await fixture.whenStable();
    const participants = fixture.nativeElement.querySelector(
      '[data-testid="workshop-participants"]',
    ) as HTMLInputElement;
    participants.value = '17';
    participants.dispatchEvent(new Event('input'));
    (
      fixture.nativeElement.querySelector('[data-testid="save-workshop"]') as HTMLButtonElement
    ).click();

    const first = http.expectOne({ method: 'PATCH', url: '/api/cases/c1/workshop' });
    expect(first.request.body).toMatchObject({ version: 1, participants: 17 });
    first.flush(
      { statusCode: 409, error: 'Conflict', message: 'changed', currentVersion: 2 },
      { status: 409, statusText: 'Conflict' },
    );
    await Promise.resolve();
    http.expectOne('/api/cases/c1').flush(detail(2, 9));
    await fixture.whenStable();
    expect(participants.value).toBe('17');
    expect(store.stale()).toBe(true);

    (
      fixture.nativeElement.querySelector('[data-testid="save-workshop"]') as HTMLButtonElement
    ).click();
    const second = http.expectOne({ method: 'PATCH', url: '/api/cases/c1/workshop' });
    expect(second.request.body).toMatchObject({ version: 2, participants: 17 });
    second.flush({});
    await Promise.resolve();
    http.expectOne('/api/cases/c1').flush(detail(3, 17));
    await fixture.whenStable();
    http.verify();
  });
});
