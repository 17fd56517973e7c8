export {
  DEV_CLIENT_ID,
  DEV_CLIENT_SECRET,
  demoAccounts,
  demoSubject,
  isLocalCallback,
  startDevIdp,
  type DevIdp,
  type DevIdpAccount,
  type DevIdpOptions,
} from './dev-idp';
