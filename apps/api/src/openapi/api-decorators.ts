import { ApiExtension } from '@nestjs/swagger';
import type { ContractSchemaName } from './contract-schemas';

/** Operation extensions read (and removed) by completeDocument in openapi-document.ts. */
export const CONTRACT_RESPONSE = 'x-tiltak-contract-response';
export const PUBLIC_OPERATION = 'x-tiltak-public';
export const FILE_RESPONSE = 'x-tiltak-file-response';

export type Shape = 'one' | 'array' | 'page';
export interface ContractResponse {
  /** Several names: the answer is one of them (e.g. a user as an admin or as a colleague sees them). */
  name: ContractSchemaName | ContractSchemaName[];
  shape: Shape;
}

/**
 * The success response is the contract type `name` (libs/shared/api-contract, generated into
 * contract-schemas.ts, beside api-only-responses.ts): one, an array of them, or a `Page<name>`.
 */
export const ApiContractResponse = (
  name: ContractSchemaName | ContractSchemaName[],
  shape: Shape = 'one',
) => ApiExtension(CONTRACT_RESPONSE, { name, shape } satisfies ContractResponse);

/** The operation needs no session: the document says `security: []` for it. */
export const ApiPublicOperation = () => ApiExtension(PUBLIC_OPERATION, true);

/**
 * The success response is (also) a file of these media types: CSV, XLSX, PDF, iCalendar. Used instead of
 * @ApiProduces, which Nest renders only for a return type its plugin can read.
 */
export const ApiFileResponse = (...mediaTypes: string[]) => ApiExtension(FILE_RESPONSE, mediaTypes);
