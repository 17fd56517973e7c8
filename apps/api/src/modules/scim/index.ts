export { ScimModule } from './scim.module';
export { SCIM_PREFIX, scimRoutes } from './scim.routes';
export { ScimService } from './scim.service';
