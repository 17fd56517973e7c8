/**
 * A domain list as SQL string literals (`'a', 'b'`), so a query states a rule by generating it from the
 * domain's constants instead of spelling the values out again.
 */
export function sqlList(values: readonly string[]): string {
  return values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ');
}
