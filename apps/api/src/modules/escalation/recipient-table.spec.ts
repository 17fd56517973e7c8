import { buildRecipientTable, type UnitRow } from './recipient-table';

const unit = (id: string, path: string[], leaderId: string | null): UnitRow => ({
  id,
  parentId: path.at(-2) ?? null,
  path,
  leaderId,
});

describe('buildRecipientTable', () => {
  const units = [
    unit('ntnu', ['ntnu'], 'rector'),
    unit('ie', ['ntnu', 'ie'], 'dean'),
    unit('idi', ['ntnu', 'ie', 'idi'], 'head'),
    unit('grp', ['ntnu', 'ie', 'idi', 'grp'], null),
    unit('sec', ['ntnu', 'ie', 'idi', 'sec'], 'head'),
  ];
  const hr = new Map([
    ['ie', ['hms-ie']],
    ['ntnu', ['hr']],
  ]);
  const table = new Map(buildRecipientTable(units, hr, ['admin']).map((t) => [t.unitId, t]));

  it('the unit leader, the leader above, and the faculty HR/HSE', () => {
    expect(table.get('idi')).toEqual({
      unitId: 'idi',
      ownLeaderId: 'head',
      leaderId: 'head',
      leaderFallback: false,
      aboveId: 'dean',
      hrIds: ['hms-ie'],
    });
  });

  it('a unit without a leader falls back up the line, flagged', () => {
    expect(table.get('grp')).toEqual(
      expect.objectContaining({
        ownLeaderId: null,
        leaderId: 'head',
        leaderFallback: true,
        aboveId: 'dean',
      }),
    );
  });

  it('the leader above is a different person', () => {
    expect(table.get('sec')).toEqual(
      expect.objectContaining({ leaderId: 'head', aboveId: 'dean' }),
    );
  });

  it('institution HR/HSE when the faculty has none, admins when nobody has', () => {
    expect(
      buildRecipientTable(units, new Map([['ntnu', ['hr']]]), ['admin']).find(
        (t) => t.unitId === 'idi',
      )!.hrIds,
    ).toEqual(['hr']);
    expect(
      buildRecipientTable(units, new Map(), ['admin']).find((t) => t.unitId === 'idi')!.hrIds,
    ).toEqual(['admin']);
    expect(table.get('ntnu')).toEqual(
      expect.objectContaining({
        leaderId: 'rector',
        aboveId: null,
        hrIds: ['hr'],
      }),
    );
  });
});
