module.exports = {
  displayName: 'web-shared-util',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/shared/util',
};
