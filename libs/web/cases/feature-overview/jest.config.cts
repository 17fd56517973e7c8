module.exports = {
  displayName: 'web-cases-feature-overview',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/cases/feature-overview',
};
