import SCIMMY from 'scimmy';
import type { EntityManager } from 'typeorm';
import type { ScimGroupInput, ScimService, ScimUserInput } from './scim.service';

/** What every scimmy handler is called with: the service, the transaction it runs in, the request id for the audit. */
export interface ScimContext {
  scim: ScimService;
  em: EntityManager;
  requestId: string;
}

type Filter = Parameters<ScimService['listUsers']>[1];

let declared = false;

/**
 * scimmy keeps its resource types, handlers and service provider configuration in module-level
 * singletons, so they are declared once per process; the handlers reach the app through the context
 * passed to read/write/patch/dispose, which keeps several app instances (tests) apart.
 */
export function declareScimResources(): void {
  if (declared) return;
  declared = true;
  SCIMMY.Config.set({
    patch: true,
    filter: { supported: true, maxResults: 10_000 },
    sort: false,
    bulk: false,
    changePassword: false,
    etag: false,
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'OAuth Bearer Token',
        description: 'The SCIM_TOKEN of the Tiltak installation in an Authorization: Bearer header',
        specUri: 'https://datatracker.ietf.org/doc/html/rfc6750',
      },
    ],
  });
  // Entra ID's default mappings send the enterprise extension (department, employeeId, manager): accepted, not stored.
  SCIMMY.Resources.declare(SCIMMY.Resources.User.extend(SCIMMY.Schemas.EnterpriseUser, false))
    .egress(
      guarded(async (resource, ctx) =>
        resource.id
          ? ctx.scim.getUser(ctx.em, resource.id)
          : ctx.scim.listUsers(ctx.em, resource.filter as unknown as Filter),
      ),
    )
    .ingress(
      guarded((resource, ctx, instance) =>
        resource.id
          ? ctx.scim.updateUser(
              ctx.em,
              resource.id,
              instance as unknown as ScimUserInput,
              ctx.requestId,
            )
          : ctx.scim.createUser(ctx.em, instance as unknown as ScimUserInput, ctx.requestId),
      ),
    )
    .degress(
      guarded((resource, ctx) => ctx.scim.deleteUser(ctx.em, resource.id as string, ctx.requestId)),
    );
  SCIMMY.Resources.declare(SCIMMY.Resources.Group)
    .egress(
      guarded(async (resource, ctx) =>
        resource.id
          ? ctx.scim.getGroup(ctx.em, resource.id)
          : ctx.scim.listGroups(ctx.em, resource.filter as unknown as Filter),
      ),
    )
    .ingress(
      guarded((resource, ctx, instance) =>
        resource.id
          ? ctx.scim.updateGroup(
              ctx.em,
              resource.id,
              instance as unknown as ScimGroupInput,
              ctx.requestId,
            )
          : ctx.scim.createGroup(ctx.em, instance as unknown as ScimGroupInput, ctx.requestId),
      ),
    )
    .degress(
      guarded((resource, ctx) =>
        ctx.scim.deleteGroup(ctx.em, resource.id as string, ctx.requestId),
      ),
    );
}

/**
 * scimmy reports any error that is not its own as "Resource not found" (404): a database failure or
 * a Nest 400 from PeopleSyncService must keep its meaning, so it is converted here.
 */
function guarded(
  work: (
    resource: InstanceType<typeof SCIMMY.Types.Resource>,
    ctx: ScimContext,
    instance?: unknown,
  ) => Promise<unknown>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- scimmy's handler types are generic over its schema classes
): any {
  return async (resource: InstanceType<typeof SCIMMY.Types.Resource>, a: unknown, b?: unknown) => {
    // egress/degress are called (resource, ctx), ingress (resource, instance, ctx).
    const [instance, ctx] = b === undefined ? [undefined, a as ScimContext] : [a, b as ScimContext];
    try {
      return await work(resource, ctx, instance);
    } catch (error) {
      throw ctx.scim.toScimError(error);
    }
  };
}
