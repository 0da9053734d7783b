// Four test levels (DEVELOPERS.md): unit (`*.spec.ts`, pure rules), integration (`*.int-spec.ts`,
// real database) and API (`*.api-spec.ts`, HTTP through the real app) run here; the browser level
// lives in `e2e/` (Playwright). Integration and API tests use SQLite unless PDE_TEST_DB=mysql.
const { moduleNameMapper, swcTransform } = require('./jest.preset.cjs');

const node = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': swcTransform },
  moduleNameMapper,
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  projects: [
    { ...node, displayName: 'unit', testMatch: ['<rootDir>/{libs,apps,tools}/**/*.spec.ts', '!**/libs/web/**', '!**/apps/web/**'] },
    {
      ...node,
      displayName: 'integration',
      testMatch: ['<rootDir>/{libs,apps}/**/*.int-spec.ts', '<rootDir>/{libs,apps}/**/*.api-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/libs/api/testing/src/jest-setup.ts'],
      slowTestThreshold: 30,
    },
    {
      // Angular web app (apps/web, libs/web): jsdom, zoneless, templates compiled by jest-preset-angular.
      ...require('jest-preset-angular/presets').createCjsPreset({ tsconfig: '<rootDir>/apps/web/tsconfig.spec.json' }),
      displayName: 'web',
      rootDir: __dirname,
      testMatch: ['<rootDir>/apps/web/**/*.spec.ts', '<rootDir>/libs/web/**/*.spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/apps/web/jest-setup.ts'],
      moduleNameMapper,
    },
  ],
};
