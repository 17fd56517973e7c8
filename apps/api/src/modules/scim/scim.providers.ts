import type { Provider } from '@nestjs/common';
import { ScimService } from './scim.service';

/** SCIM 2.0 provisioning (docs/scim.md). Its routes are a Fastify plugin mounted by createApp at /scim/v2. */
export const SCIM_PROVIDERS: Provider[] = [ScimService];
