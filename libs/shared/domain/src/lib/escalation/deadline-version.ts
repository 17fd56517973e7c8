/**
 * A measure counts its deadline moves in `deadline_version`; a phase deadline lives on the survey round,
 * which keeps no such counter, so the deadline itself is the version: the date as the number YYYYMMDD.
 * Moving the deadline thus starts a new ladder, and a mail decided for the old date is stale.
 *
 * @param deadline a calendar date, `YYYY-MM-DD`
 */
export function phaseDeadlineVersion(deadline: string): number {
  return Number(deadline.replace(/-/g, ''));
}

/** For SQL: the same number from a `date` expression (e.g. `r.plan_registered_by`). */
export function phaseDeadlineVersionSql(date: string): string {
  return `to_char(${date}, 'YYYYMMDD')::int`;
}
