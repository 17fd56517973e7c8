module.exports = {
  displayName: 'web-admin-feature-admin',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/admin/feature-admin',
};
