import { CONTRACT_SCHEMAS } from './contract-schemas';
import { contractSchemas } from './contract-schemas.generator';

describe('contract-schemas.ts', () => {
  it('holds what `npm run contract:schemas` generates from the contract today', () => {
    expect(CONTRACT_SCHEMAS).toEqual(contractSchemas());
  }, 120_000);
});
