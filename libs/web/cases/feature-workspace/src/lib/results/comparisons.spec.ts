import type {
  CaseResultsDto,
  ComparedUnitDto,
  IndexResultDto,
  UnitResultDto,
} from '@tiltak/shared/api-contract';
import {
  chartedIndexCodes,
  comparisonMean,
  comparisonsOf,
  earlierColumns,
  shownMean,
} from './comparisons';

const shown = (code: string, mean: number): IndexResultDto => ({
  code,
  suppressed: false,
  suppressionReason: null,
  mean,
  sd: 0.8,
  n: 20,
});
const hidden = (code: string): IndexResultDto => ({
  code,
  suppressed: true,
  suppressionReason: 'below_threshold',
  mean: null,
  sd: null,
  n: null,
});

function result(indices: IndexResultDto[], suppressed = false): UnitResultDto {
  return {
    roundId: 'r',
    unitId: 'u',
    invited: 30,
    respondents: 25,
    responseRate: 83.3,
    suppressed,
    suppressionReason: suppressed ? 'complementary' : null,
    indices: suppressed ? [] : indices,
    workingHours: null,
    appraisalYesPct: null,
    appraisalUsefulness: null,
    version: 1,
  };
}

function unit(id: string, r: UnitResultDto | null): ComparedUnitDto {
  return {
    unitId: id,
    unitCode: id.toUpperCase(),
    unitNameNb: `Enhet ${id}`,
    unitNameEn: `Unit ${id}`,
    result: r,
  };
}

function results(
  parent: ComparedUnitDto | null,
  institution: ComparedUnitDto | null,
): CaseResultsDto {
  return {
    roundId: 'r',
    roundYear: 2023,
    anonymityThreshold: 5,
    unit: { unitId: 'idi', unitCode: 'IE-IDI', unitNameNb: 'IDI', unitNameEn: 'IDI' },
    current: result([shown('autonomy', 3.9)]),
    previous: [],
    parent,
    institution,
    sector: {},
  };
}

describe('results comparisons', () => {
  it('offers the unit above and the institution when they have a result', () => {
    const ie = unit('ie', result([shown('autonomy', 3.7)]));
    const ntnu = unit('ntnu', result([shown('autonomy', 3.8)]));
    expect(comparisonsOf(results(ie, ntnu)).map((c) => `${c.key}:${c.unit.unitId}`)).toEqual([
      'parent:ie',
      'institution:ntnu',
    ]);
    expect(comparisonsOf(results(unit('ie', null), ntnu)).map((c) => c.key)).toEqual([
      'institution',
    ]);
    expect(comparisonsOf(results(null, null))).toEqual([]);
  });

  it('offers the institution once when it is the unit above', () => {
    const ntnu = unit('ntnu', result([shown('autonomy', 3.8)]));
    expect(comparisonsOf(results(ntnu, ntnu)).map((c) => c.key)).toEqual(['parent']);
  });

  it('reads a suppressed unit or index value as too few responses, and a missing one as nothing', () => {
    const ie = unit('ie', result([shown('autonomy', 3.7), hidden('no_stress')]));
    const [parent, institution] = comparisonsOf(results(ie, unit('ntnu', result([], true))));
    expect(comparisonMean(parent, 'autonomy')).toBe(3.7);
    expect(comparisonMean(parent, 'no_stress')).toBe('tooFew');
    expect(comparisonMean(parent, 'mastery')).toBeNull();
    expect(comparisonMean(institution, 'autonomy')).toBe('tooFew');
    expect(shownMean([hidden('autonomy')], 'autonomy')).toBe('tooFew');
    expect(shownMean([], 'autonomy')).toBeNull();
  });

  it("charts the unit's own indices, and when the unit is hidden every index there is to compare with", () => {
    const ie = unit(
      'ie',
      result([shown('autonomy', 3.7), hidden('no_stress'), shown('mastery', 4.1)]),
    );
    const shownUnit = { ...results(ie, null), sector: { autonomy: 3.8, role_clarity: 3.9 } };
    expect([...chartedIndexCodes(shownUnit, comparisonsOf(shownUnit))]).toEqual(['autonomy']);

    const hiddenUnit: CaseResultsDto = {
      ...shownUnit,
      current: result([], true),
      previous: [
        {
          ...result([shown('fairness', 3.2)]),
          roundYear: 2021,
          unitCode: 'IE-IDI',
          matchedBy: 'unit',
        },
        {
          ...result([shown('workload', 3.0)], true),
          roundYear: 2019,
          unitCode: 'IE-IDI',
          matchedBy: 'unit',
        },
      ],
    };
    expect([...chartedIndexCodes(hiddenUnit, comparisonsOf(hiddenUnit))].sort()).toEqual([
      'autonomy',
      'fairness',
      'mastery',
      'no_stress',
      'role_clarity',
    ]);
    // A unit above that is itself hidden adds nothing; without any result there is nothing to chart.
    const bothHidden = { ...hiddenUnit, parent: unit('ie', result([], true)), previous: [] };
    expect([...chartedIndexCodes(bothHidden, comparisonsOf(bothHidden))].sort()).toEqual([
      'autonomy',
      'role_clarity',
    ]);
    expect(chartedIndexCodes({ ...hiddenUnit, current: null }, [])).toEqual(new Set());
  });

  it('gives each predecessor of a merged unit its own earlier column, named by its code', () => {
    const earlier = (
      unitId: string,
      unitCode: string,
      roundYear: number,
      matchedBy: 'unit' | 'predecessor',
      suppressed = false,
    ) => ({
      ...result([shown('autonomy', 3.5)], suppressed),
      unitId,
      unitCode,
      roundYear,
      matchedBy,
    });
    const columns = earlierColumns([
      earlier('ipd', 'IE-IPD', 2019, 'predecessor'),
      earlier('ilp', 'IE-ILP', 2019, 'predecessor'),
      earlier('ilp', 'IE-ILP', 2017, 'predecessor', true),
      earlier('idi', 'IE-IDI', 2021, 'unit'),
    ]);
    expect(columns.map((c) => [c.key, c.label])).toEqual([
      ['2019:ipd', '2019 IE-IPD'],
      ['2019:ilp', '2019 IE-ILP'],
      ['2021:idi', '2021'],
    ]);
  });
});
