import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock } from './common/clock';
import type { AppConfig } from './config/app-config';
import { CoreModule } from './core.module';
import { dataSourceOptions } from './database/data-source-options';
import { AuthGuard, AuthModule } from './modules/auth';
import { CalendarModule } from './modules/calendar';
import { CasesModule } from './modules/cases';
import { ContentModule } from './modules/content';
import { EscalationModule } from './modules/escalation';
import { HealthModule } from './modules/health';
import { ImportsModule } from './modules/imports';
import { MeasuresModule } from './modules/measures';
import { NotificationsModule } from './modules/notifications';
import { OrgUnitsModule } from './modules/org-units';
import { ReportsModule } from './modules/reports';
import { ResultsModule } from './modules/results';
import { RoundsModule } from './modules/rounds';
import { ScimModule } from './modules/scim';
import { SignInModule } from './modules/sign-in';
import { UsersModule } from './modules/users';

/** The feature modules and their one-way dependencies are listed in docs/architecture.md. */
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
        CoreModule.forRoot(config, clock),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.databasePoolSize)),
        ScheduleModule.forRoot(),
        HealthModule,
        AuthModule,
        SignInModule.forRoot(config),
        UsersModule,
        OrgUnitsModule,
        RoundsModule,
        CasesModule,
        MeasuresModule,
        ContentModule,
        EscalationModule,
        NotificationsModule,
        CalendarModule,
        ResultsModule,
        ImportsModule,
        ReportsModule,
        ScimModule,
      ],
      providers: [{ provide: APP_GUARD, useClass: AuthGuard }],
    };
  }
}
