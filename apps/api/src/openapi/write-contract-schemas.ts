// `npm run contract:schemas`: regenerates apps/api/src/openapi/contract-schemas.ts from the contract.
import { writeFileSync } from 'node:fs';
import { CONTRACT_SCHEMAS_FILE, contractSchemasSource } from './contract-schemas.generator';

void contractSchemasSource().then((source) => {
  writeFileSync(CONTRACT_SCHEMAS_FILE, source);
  console.log(`Wrote ${CONTRACT_SCHEMAS_FILE}`);
});
