// `npm run contract:schemas`: regenerates apps/api/src/openapi/contract-schemas.ts from the contract.
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { CONTRACT_SCHEMAS_FILE, contractSchemasSource } from './contract-schemas.generator';

async function main(): Promise<void> {
  const options = await resolveConfig(CONTRACT_SCHEMAS_FILE);
  const source = await format(contractSchemasSource(), {
    ...options,
    filepath: CONTRACT_SCHEMAS_FILE,
  });
  writeFileSync(CONTRACT_SCHEMAS_FILE, source);
  console.log(`Wrote ${CONTRACT_SCHEMAS_FILE}`);
}

void main();
