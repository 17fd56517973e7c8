import { groupId, groupName, parseGroupId, parseGroupName } from './scim-group-name';

describe('SCIM group names tiltak-<role>-<UNITCODE>', () => {
  it.each([
    ['tiltak-leader-IE-IDI', { role: 'leader', unitCode: 'IE-IDI' }],
    ['tiltak-verneombud-NTNU', { role: 'verneombud', unitCode: 'NTNU' }],
    ['TILTAK-HR-ie', { role: 'hr', unitCode: 'ie' }],
    ['  tiltak-employee-IE-IDI-G1 ', { role: 'employee', unitCode: 'IE-IDI-G1' }],
  ])('reads %j', (name, key) => {
    expect(parseGroupName(name)).toEqual(key);
  });

  it.each([
    'tiltak-admin-NTNU',
    'tiltak-leader-',
    'tiltak-boss-IE',
    'leader-IE-IDI',
    'tiltak-leader-IE IDI',
    '',
  ])('refuses %j', (name) => {
    expect(parseGroupName(name)).toBeNull();
  });

  it('writes the name back and keeps ids to role and unit id', () => {
    expect(groupName({ role: 'hr', unitCode: 'IE' })).toBe('tiltak-hr-IE');
    const unitId = '0b4c3c9e-2a52-4f0e-9d1e-1c2b3a4d5e6f';
    expect(parseGroupId(groupId('leader', unitId))).toEqual({ role: 'leader', unitId });
    expect(parseGroupId(`admin.${unitId}`)).toBeNull();
    expect(parseGroupId('leader.not-a-uuid')).toBeNull();
    expect(parseGroupId(`leader.${unitId}.x`)).toBeNull();
  });
});
