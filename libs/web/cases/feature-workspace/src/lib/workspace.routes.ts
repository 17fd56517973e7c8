import { inject } from '@angular/core';
import { type CanActivateFn, Router, type Route } from '@angular/router';
import { currentStep } from '@tiltak/web/cases/util';
import { provideFormDefaults } from '@tiltak/web/shared/ui';
import { CaseStore } from './case.store';
import { CaseWorkspacePage } from './shell/case-workspace.page';

/** Opening a case lands on the step its state is at. */
const toCurrentStep: CanActivateFn = async (route) => {
  const caseId = route.parent?.paramMap.get('caseId') ?? '';
  const router = inject(Router);
  const detail = await inject(CaseStore).load(caseId);
  return router.createUrlTree(['/cases', caseId, detail ? currentStep(detail.state) : 'results']);
};

export const workspaceRoutes: Route[] = [
  {
    path: 'present',
    title: 'present.title',
    data: { fullscreen: true },
    providers: [CaseStore],
    loadComponent: () => import('./present/presentation.page').then((m) => m.PresentationPage),
  },
  {
    path: '',
    component: CaseWorkspacePage,
    providers: [provideFormDefaults(), CaseStore],
    children: [
      { path: '', pathMatch: 'full', canActivate: [toCurrentStep], children: [] },
      {
        path: 'results',
        title: 'step.results',
        loadComponent: () => import('./results/results-step').then((m) => m.ResultsStep),
      },
      {
        path: 'workshop',
        title: 'step.workshop',
        loadComponent: () => import('./workshop/workshop-step').then((m) => m.WorkshopStep),
      },
      {
        path: 'measures',
        title: 'step.measures',
        loadComponent: () => import('./measures/measures-step').then((m) => m.MeasuresStep),
      },
      {
        path: 'follow-up',
        title: 'step.follow-up',
        loadComponent: () => import('./follow-up/follow-up-step').then((m) => m.FollowUpStep),
      },
    ],
  },
];
