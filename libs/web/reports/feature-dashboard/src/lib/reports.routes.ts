import type { Route } from '@angular/router';
import { provideFormDefaults } from '@tiltak/web/shared/ui';

export const reportsRoutes: Route[] = [
  {
    path: '',
    title: 'report.title',
    providers: provideFormDefaults(),
    loadComponent: () =>
      import('./completion-dashboard.page').then((m) => m.CompletionDashboardPage),
  },
];
