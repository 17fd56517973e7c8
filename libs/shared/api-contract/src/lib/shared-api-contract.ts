export function sharedApiContract(): string {
  return 'shared-api-contract';
}
