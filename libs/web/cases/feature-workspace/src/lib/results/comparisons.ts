import type {
  CaseResultsDto,
  ComparedUnitDto,
  EarlierResultDto,
  IndexResultDto,
} from '@tiltak/shared/api-contract';

/** The units a unit's results can be compared with, besides the sector and earlier rounds. */
export type ComparisonKey = 'parent' | 'institution';

export interface Comparison {
  key: ComparisonKey;
  unit: ComparedUnitDto;
}

/**
 * An index value as the results view shows it: the mean, `'tooFew'` when the anonymity rule hides it
 * (the unit as a whole or just this index), or null when the unit has no value for the index.
 */
export type ShownMean = number | 'tooFew' | null;

/**
 * The parent unit and the institution, when they have a result in the round. The institution is left
 * out when it is the parent itself (a faculty's case).
 */
export function comparisonsOf(results: CaseResultsDto): Comparison[] {
  const { parent, institution } = results;
  const found: Comparison[] = [];
  if (parent?.result) found.push({ key: 'parent', unit: parent });
  if (institution?.result && institution.unitId !== parent?.unitId)
    found.push({ key: 'institution', unit: institution });
  return found;
}

export function shownMean(
  indices: readonly IndexResultDto[],
  code: string,
  unitSuppressed = false,
): ShownMean {
  if (unitSuppressed) return 'tooFew';
  const value = indices.find((i) => i.code === code);
  if (!value) return null;
  return value.suppressed ? 'tooFew' : value.mean;
}

/** A comparison's value of one index. */
export function comparisonMean(comparison: Comparison, code: string): ShownMean {
  const result = comparison.unit.result;
  return result ? shownMean(result.indices, code, result.suppressed) : null;
}

/**
 * The indices the chart has a row for. Normally the unit's own; when the anonymity rule hides the
 * unit's result, every index that has a value to compare with (sector, the comparisons shown, the
 * unit's earlier rounds), so the meeting can work from the results of the unit above.
 */
export function chartedIndexCodes(
  results: CaseResultsDto,
  comparisons: readonly Comparison[],
): Set<string> {
  const { current } = results;
  if (current && !current.suppressed) return new Set(current.indices.map((i) => i.code));
  if (!current) return new Set();
  return new Set([
    ...Object.keys(results.sector),
    ...comparisons.flatMap((c) =>
      c.unit.result && !c.unit.result.suppressed ? c.unit.result.indices.map((i) => i.code) : [],
    ),
    ...results.previous.filter((p) => !p.suppressed).flatMap((p) => p.indices.map((i) => i.code)),
  ]);
}

/** An earlier round's result as a column of the chart: one per round, or per predecessor in a round. */
export interface EarlierColumn {
  key: string;
  label: string;
  result: EarlierResultDto;
}

/** An earlier result's key: its round and unit (a merged unit has one per predecessor in a round). */
export const earlierKey = (p: EarlierResultDto): string => `${p.roundYear}:${p.unitId}`;

/** The year, with the predecessor's code when the result is a predecessor's ("2021 IE-IPD"). */
export const earlierLabel = (p: EarlierResultDto): string =>
  p.matchedBy === 'predecessor' ? `${p.roundYear} ${p.unitCode}` : String(p.roundYear);

/** The earlier results that have values, oldest first, one column each. */
export function earlierColumns(previous: readonly EarlierResultDto[]): EarlierColumn[] {
  return previous
    .filter((p) => !p.suppressed)
    .map((p) => ({ key: earlierKey(p), label: earlierLabel(p), result: p }));
}
