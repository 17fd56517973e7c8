import type { Route } from '@angular/router';
import { authGuard, roleGuard } from '@tiltak/web/shared/data-access';

export const appRoutes: Route[] = [
  {
    path: 'sign-in',
    title: 'signIn.title',
    loadComponent: () => import('@tiltak/web/auth/feature-sign-in').then((m) => m.SignInPage),
  },
  {
    path: '',
    canActivate: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadChildren: () =>
          import('@tiltak/web/cases/feature-overview').then((m) => m.overviewRoutes),
      },
      {
        path: 'cases/:caseId',
        loadChildren: () =>
          import('@tiltak/web/cases/feature-workspace').then((m) => m.workspaceRoutes),
      },
      {
        path: 'speak-up',
        title: 'speakUp.title',
        loadComponent: () => import('./speak-up.page').then((m) => m.SpeakUpPage),
      },
      {
        path: 'reports',
        canActivate: [roleGuard('admin', 'hr')],
        loadChildren: () =>
          import('@tiltak/web/reports/feature-dashboard').then((m) => m.reportsRoutes),
      },
      {
        path: 'admin',
        canActivate: [roleGuard('admin', 'hr')],
        loadChildren: () => import('@tiltak/web/admin/feature-admin').then((m) => m.adminRoutes),
      },
    ],
  },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./not-found.page').then((m) => m.NotFoundPage),
  },
];
