import type { Route } from '@angular/router';
import { provideFormDefaults } from '@tiltak/web/shared/ui';
import { HomePage } from './home.page';

export const overviewRoutes: Route[] = [
  { path: '', title: 'home.title', component: HomePage, providers: provideFormDefaults() },
];
