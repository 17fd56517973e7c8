/**
 * Who stands where in the line, per org unit, computed once per scan from the (small) org tree and
 * handed to the set-based scan query. Missing people fall back up the line and are flagged, so the
 * scan can report them to HR/HSE instead of dropping a notice.
 */
export interface UnitRow {
  id: string;
  parentId: string | null;
  /** Ancestor ids and the unit's own, root first. */
  path: string[];
  /** The registered leader when that user is active, else null. */
  leaderId: string | null;
}

export interface UnitRecipients {
  unitId: string;
  /** The unit's own leader: the responsible person for the case's phase deadlines. */
  ownLeaderId: string | null;
  /** The unit's leader, or the nearest ancestor's when the unit has none. */
  leaderId: string | null;
  /** leaderId is an ancestor's, because the unit has no leader registered. */
  leaderFallback: boolean;
  /** The leader above leaderId: the line manager of a responsible who is the unit's leader. */
  aboveId: string | null;
  /** The faculty's HR/HSE, else the institution's, else the admins; never empty while an admin exists. */
  hrIds: string[];
}

export function buildRecipientTable(
  units: UnitRow[],
  hrByUnit: Map<string, string[]>,
  adminIds: string[],
): UnitRecipients[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return units.map((unit) => {
    const line = [...unit.path]
      .reverse()
      .map((id) => byId.get(id))
      .filter((u): u is UnitRow => !!u);
    const leaderAt = line.findIndex((u) => u.leaderId !== null);
    const leaderId = leaderAt >= 0 ? line[leaderAt].leaderId : null;
    const above =
      leaderAt >= 0
        ? line.slice(leaderAt + 1).find((u) => u.leaderId !== null && u.leaderId !== leaderId)
        : undefined;
    const hrUnit = line.find((u) => (hrByUnit.get(u.id)?.length ?? 0) > 0);
    return {
      unitId: unit.id,
      ownLeaderId: unit.leaderId,
      leaderId,
      leaderFallback: leaderAt !== 0,
      aboveId: above?.leaderId ?? null,
      hrIds: (hrUnit && hrByUnit.get(hrUnit.id)) || adminIds,
    };
  });
}
