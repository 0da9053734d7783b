// Lint for the whole workspace. `@nx/enforce-module-boundaries` keeps the layering of
// docs/architecture.md: shared code depends on nothing else, the API and the web app never
// import each other, and each library type may only use the types below it.
import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';

const depConstraints = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
  { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core', 'type:contracts'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:core', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:core', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:composition', onlyDependOnLibsWithTags: ['type:composition', 'type:data-access', 'type:domain', 'type:core', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:composition', 'type:data-access', 'type:domain', 'type:core', 'type:util', 'type:contracts', 'type:testing'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['*'] },
];

// The Angular web app: components, templates (inline and external) and accessibility checks.
const webTs = ['apps/web/**/*.ts', 'libs/web/**/*.ts'];
const webHtml = ['apps/web/**/*.html', 'libs/web/**/*.html'];
const forFiles = (configs, files) => configs.map((config) => ({ ...config, files }));

// The test harness starts the whole application, and every library's tests use the harness: those
// cycles exist only through test files (no other code may import `type:testing`) and are expected.
const ignoredCircularDependencies = [['api-testing', '*']];

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', 'tmp/**', '.nx/**', '.angular/**', 'e2e/report/**', 'e2e/test-results/**', '**/*.generated.ts'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allowCircularSelfDependency: false, ignoredCircularDependencies, depConstraints }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-console': 'error',
    },
  },
  {
    // Tests may also use the testing harness, which starts the whole application.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.api-spec.ts'],
    rules: {
      'no-console': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          ignoredCircularDependencies,
          depConstraints: depConstraints.map((c) =>
            c.sourceTag.startsWith('type:') && c.sourceTag !== 'type:app' ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:testing'] } : c,
          ),
        },
      ],
    },
  },
  { files: ['tools/**', 'e2e/**'], rules: { 'no-console': 'off' } },
  ...forFiles(angular.configs.tsRecommended, webTs),
  {
    files: webTs,
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'pde', style: 'kebab-case' }],
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'pde', style: 'camelCase' }],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/prefer-signals': 'error',
      '@angular-eslint/use-lifecycle-interface': 'error',
    },
  },
  {
    // The startup path must not pull the whole contracts barrel (catalogs, schemas) into the first
    // download: esbuild cannot drop its top-level calls. Types are free.
    files: ['apps/web/src/**/*.ts', 'libs/web/shell/**/*.ts', 'libs/web/shared/data-access/**/*.ts', 'libs/web/panel/data-access/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: '@pde/shared/contracts', allowTypeImports: true, message: 'Código del arranque: importe solo tipos de @pde/shared/contracts (import type).' }] },
      ],
    },
  },
  {
    // The portal home (first page most people open) and what it loads: types only from the contracts,
    // so the catalogs and schemas download only with the searches that use them.
    files: ['libs/web/portal/feature-home/**/*.ts', 'libs/web/portal/data-access/**/*.ts', 'libs/web/portal/util/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: '@pde/shared/contracts', allowTypeImports: true, message: 'Inicio del portal: importe solo tipos de @pde/shared/contracts (import type).' }] },
      ],
    },
  },
  ...forFiles(angular.configs.templateRecommended, webHtml),
  ...forFiles(angular.configs.templateAccessibility, webHtml),
  {
    files: webHtml,
    rules: {
      '@angular-eslint/template/button-has-type': 'error',
      '@angular-eslint/template/no-positive-tabindex': 'error',
      '@angular-eslint/template/prefer-self-closing-tags': 'error',
    },
  },
];
