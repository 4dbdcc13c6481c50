// ESLint flat config for the whole workspace. Each Nx project's `lint` target runs
// `eslint <projectRoot>`, so this one file serves every project.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const root = path.dirname(fileURLToPath(import.meta.url));

// Type-aware linting per project. `projectService` would need a tsconfig.json that covers every
// file of a project (apps/api only has tsconfig.app.json/tsconfig.spec.json, and
// libs/domain/tsconfig.json leaves specs out), so each project lists its own tsconfigs instead.
// The spec config comes first because it usually includes everything: one program per project.
const TSCONFIG_ORDER = [
  'tsconfig.spec.json',
  'tsconfig.json',
  'tsconfig.app.json',
  'tsconfig.lib.json',
];
const projectRoots = [
  ...['apps', 'libs'].flatMap((dir) =>
    existsSync(path.join(root, dir))
      ? readdirSync(path.join(root, dir), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => `${dir}/${entry.name}`)
      : [],
  ),
  'e2e',
];
const typedProjects = projectRoots
  .map((projectRoot) => ({
    projectRoot,
    tsconfigs: TSCONFIG_ORDER.map((name) => `${projectRoot}/${name}`).filter((file) =>
      existsSync(path.join(root, file)),
    ),
  }))
  .filter(({ tsconfigs }) => tsconfigs.length > 0);

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs'];
// Tool configs that no project tsconfig includes: linted without type information.
const UNTYPED_TS_FILES = ['**/jest.config.ts', '**/vite.config.ts', '**/vite.config.mts'];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.nx/**',
      '**/tmp/**',
      '**/coverage/**',
      '**/test-results/**',
      '**/playwright-report/**',
      '.data/**',
      'libs/api-client/src/generated/**',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: TS_FILES })),
  ...typedProjects.map(({ projectRoot, tsconfigs }) => ({
    files: TS_FILES.map((glob) => `${projectRoot}/${glob}`),
    languageOptions: {
      parserOptions: { project: tsconfigs, tsconfigRootDir: root },
    },
  })),
  {
    files: TS_FILES,
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      // In a file that has decorators, typescript-eslint v8 skips this rule when the tsconfig sets
      // experimentalDecorators + emitDecoratorMetadata (tsconfig.base.json does): NestJS needs
      // constructor-injected classes imported as values for the emitted design:paramtypes.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // React event handlers are commonly async; their returned promise is intentionally unused.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },

  // Nx module boundaries: shared code depends only on shared code.
  {
    files: [...TS_FILES, ...JS_FILES],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            {
              sourceTag: 'scope:portal',
              onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'],
            },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:e2e', 'scope:shared'] },
          ],
        },
      ],
    },
  },

  {
    files: ['apps/portal/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },

  {
    files: [...TS_FILES, ...JS_FILES],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['tools/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },

  // Plain JavaScript (tools, configs) and untyped tool configs: no type information.
  {
    files: [...JS_FILES, ...UNTYPED_TS_FILES],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: JS_FILES,
    languageOptions: {
      sourceType: 'module',
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
  {
    files: ['**/*.cjs', 'jest.preset.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
  },
);
