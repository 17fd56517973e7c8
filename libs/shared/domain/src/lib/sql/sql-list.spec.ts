import { sqlList } from './sql-list';

describe('sqlList', () => {
  it.each<[string[], string]>([
    [[], ''],
    [['done'], `'done'`],
    [['done', 'cancelled'], `'done', 'cancelled'`],
    [["o'neil"], `'o''neil'`],
  ])('%j → %s', (values, expected) => {
    expect(sqlList(values)).toBe(expected);
  });
});
