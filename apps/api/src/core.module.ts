import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Clock } from './common/clock';
import { APP_CONFIG, type AppConfig } from './config/app-config';

/** What every feature module may inject without importing a module: the configuration and the clock. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, clock: Clock): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: clock },
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}
