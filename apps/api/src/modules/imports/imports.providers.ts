import type { Provider, Type } from '@nestjs/common';
import { PeopleSyncService } from './people-sync.service';

/** Organisation and people imports (docs/org-people-import.md), registered in AppModule. */
export const IMPORTS_CONTROLLERS: Type[] = [];

export const IMPORTS_PROVIDERS: Provider[] = [PeopleSyncService];
