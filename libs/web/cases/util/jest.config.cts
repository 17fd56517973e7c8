module.exports = {
  displayName: 'web-cases-util',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/cases/util',
};
