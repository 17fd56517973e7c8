export { OidcLoginEntity } from './oidc-login.entity';
export { SignInModule } from './sign-in.module';
