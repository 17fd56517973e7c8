module.exports = {
  displayName: 'web-reports-feature-dashboard',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/reports/feature-dashboard',
};
