import type { Route } from '@angular/router';
import { roleGuard } from '@tiltak/web/shared/data-access';
import { provideFormDefaults } from '@tiltak/web/shared/ui';
import { AdminShell } from './admin-shell';

export const adminRoutes: Route[] = [
  {
    path: '',
    component: AdminShell,
    providers: [provideFormDefaults()],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'rounds' },
      {
        path: 'rounds',
        title: 'admin.rounds',
        loadComponent: () => import('./rounds.page').then((m) => m.RoundsPage),
      },
      {
        path: 'org-units',
        title: 'admin.orgUnits',
        loadComponent: () => import('./org-units.page').then((m) => m.OrgUnitsPage),
      },
      {
        path: 'notifications',
        title: 'notifications.title',
        loadComponent: () => import('./notifications.page').then((m) => m.NotificationsPage),
      },
      {
        path: 'escalations',
        title: 'escalation.previewTitle',
        loadComponent: () => import('./escalations.page').then((m) => m.EscalationsPage),
      },
      {
        path: 'users',
        title: 'admin.users',
        loadComponent: () => import('./users.page').then((m) => m.UsersPage),
      },
      {
        path: 'imports',
        title: 'imports.title',
        canActivate: [roleGuard('admin')],
        loadComponent: () => import('./imports.page').then((m) => m.ImportsPage),
      },
      {
        path: 'speak-up',
        title: 'admin.speakUpPage',
        canActivate: [roleGuard('admin')],
        loadComponent: () => import('./speak-up-editor.page').then((m) => m.SpeakUpEditorPage),
      },
    ],
  },
];
