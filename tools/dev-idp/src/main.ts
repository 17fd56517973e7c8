import { DEV_CLIENT_ID, DEV_CLIENT_SECRET, startDevIdp } from './dev-idp';

/** npm run dev-idp: the development identity provider on DEV_IDP_PORT (default 3100) until Ctrl-C. */
async function main(): Promise<void> {
  const idp = await startDevIdp({ log: true });
  console.log(`Development identity provider (NOT for production) at ${idp.issuer}
  client id ${DEV_CLIENT_ID}, secret ${DEV_CLIENT_SECRET}; any password for a demo user's e-mail.
  Run Tiltak with: AUTH_MODE=oidc OIDC_ISSUER=${idp.issuer} OIDC_CLIENT_ID=${DEV_CLIENT_ID} OIDC_CLIENT_SECRET=${DEV_CLIENT_SECRET} OIDC_PROVIDER_NAME="Dev IdP"`);
  const stop = () => void idp.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
