module.exports = {
  displayName: 'web-cases-feature-workspace',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/cases/feature-workspace',
};
