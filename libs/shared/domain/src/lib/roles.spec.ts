import { hasAnyRole, ROLES } from './roles';

describe('roles', () => {
  it('lists the five roles (docs/architecture.md § Access)', () => {
    expect(ROLES).toEqual(['admin', 'hr', 'leader', 'verneombud', 'employee']);
  });

  it.each([
    [['leader'], ['hr', 'admin'], false],
    [['leader', 'hr'], ['hr', 'admin'], true],
    [[], ['admin'], false],
  ] as const)('hasAnyRole(%j, %j) = %s', (roles, wanted, expected) => {
    expect(hasAnyRole({ roles }, wanted)).toBe(expected);
  });
});
