import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock } from './common/clock';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { AuditService } from './modules/audit/audit.service';
import { AuthController } from './modules/auth/auth.controller';
import { AuthGuard } from './modules/auth/auth.guard';
import { DevAuthController } from './modules/auth/dev-auth.controller';
import { OidcAuthController } from './modules/auth/oidc-auth.controller';
import { OidcClient } from './modules/auth/oidc-client';
import { OidcSignInService } from './modules/auth/oidc-sign-in.service';
import { SessionPurgeCron } from './modules/auth/session-purge.cron';
import {
  ESCALATION_CONTROLLERS,
  ESCALATION_PROVIDERS,
} from './modules/escalation/escalation.providers';
import { SessionService } from './modules/auth/session.service';
import { CaseAccessService } from './modules/cases/case-access.service';
import { CasesController } from './modules/cases/cases.controller';
import { CasesService } from './modules/cases/cases.service';
import { WorkshopService } from './modules/cases/workshop.service';
import { CommentsService } from './modules/comments/comments.service';
import { ContentController } from './modules/content/content.controller';
import { ContentService } from './modules/content/content.service';
import { HealthController } from './modules/health/health.controller';
import { IMPORTS_CONTROLLERS, IMPORTS_PROVIDERS } from './modules/imports/imports.providers';
import { MeasuresController } from './modules/measures/measures.controller';
import { MeasuresService } from './modules/measures/measures.service';
import { OrgUnitsController } from './modules/org-units/org-units.controller';
import { OrgUnitsService } from './modules/org-units/org-units.service';
import { RESULTS_CONTROLLERS, RESULTS_PROVIDERS } from './modules/results/results.providers';
import { RoundsController } from './modules/rounds/rounds.controller';
import { RoundsService } from './modules/rounds/rounds.service';
import { SCIM_PROVIDERS } from './modules/scim/scim.providers';
import { UsersController } from './modules/users/users.controller';
import { UsersService } from './modules/users/users.service';

@Module({})
export class AppModule {
  static forRoot(
    config: AppConfig,
    databaseUrl: string,
    clock: Clock = new Clock(),
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.databasePoolSize)),
        ScheduleModule.forRoot(),
      ],
      controllers: [
        HealthController,
        AuthController,
        ...(config.authMode === 'dev' ? [DevAuthController] : [OidcAuthController]),
        UsersController,
        OrgUnitsController,
        RoundsController,
        CasesController,
        MeasuresController,
        ContentController,
        ...ESCALATION_CONTROLLERS,
        ...RESULTS_CONTROLLERS,
        ...IMPORTS_CONTROLLERS,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: Clock, useValue: clock },
        AuditService,
        SessionService,
        SessionPurgeCron,
        ...(config.authMode === 'oidc' ? [OidcClient, OidcSignInService] : []),
        UsersService,
        OrgUnitsService,
        RoundsService,
        CaseAccessService,
        CasesService,
        WorkshopService,
        MeasuresService,
        CommentsService,
        ContentService,
        ...RESULTS_PROVIDERS,
        ...IMPORTS_PROVIDERS,
        ...SCIM_PROVIDERS,
        ...ESCALATION_PROVIDERS,
      ],
    };
  }
}
