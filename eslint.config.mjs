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

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs'];
// Tool configs that no project tsconfig includes: linted without type information, and exempt
// from module boundaries (they legitimately require ../../jest.preset.js and the like).
const TOOL_CONFIG_FILES = [
  '**/jest.config.ts',
  '**/vite.config.ts',
  '**/vite.config.mts',
  '**/playwright.config.ts',
];

// Type-aware linting per project. `projectService` would need a tsconfig.json covering every file
// of a project (apps/api only has tsconfig.app.json/tsconfig.spec.json, and
// libs/domain/tsconfig.json leaves specs out), so each project names its own tsconfigs. The spec
// config comes first as it usually includes everything: one TypeScript program per project.
const TSCONFIG_ORDER = [
  'tsconfig.spec.json',
  'tsconfig.json',
  'tsconfig.app.json',
  'tsconfig.lib.json',
];
const subdirectories = (dir) =>
  existsSync(path.join(root, dir))
    ? readdirSync(path.join(root, dir), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${dir}/${entry.name}`)
    : [];
const typedProjects = [...subdirectories('apps'), ...subdirectories('libs'), 'e2e']
  .map((projectRoot) => ({
    projectRoot,
    tsconfigs: TSCONFIG_ORDER.map((name) => `${projectRoot}/${name}`).filter((file) =>
      existsSync(path.join(root, file)),
    ),
  }))
  .filter(({ tsconfigs }) => tsconfigs.length > 0);

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
      'e2e/artifacts/**',
      'e2e/.auth/**',
      'libs/api-client/src/generated/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,
  // Registers the typescript-eslint parser and plugin for every file; type-aware rules apply to
  // TypeScript, and to tools/*.mjs below.
  tseslint.configs.base,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: TS_FILES })),
  ...typedProjects.map(({ projectRoot, tsconfigs }) => ({
    files: TS_FILES.map((glob) => `${projectRoot}/${glob}`),
    languageOptions: { parserOptions: { project: tsconfigs, tsconfigRootDir: root } },
  })),
  {
    files: TS_FILES,
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      // In a file with decorators, typescript-eslint v8 does not apply this rule when the tsconfig
      // sets experimentalDecorators + emitDecoratorMetadata (tsconfig.base.json does): NestJS
      // needs constructor-injected classes imported as values for design:paramtypes metadata.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // React event handlers are commonly async; the promise they return is intentionally unused.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },

  // Tests read HTTP and JSON bodies, which are `any` by nature; their assertions check the shape.
  {
    files: [
      '**/*.spec.ts',
      '**/*.spec.tsx',
      '**/*.integration-spec.ts',
      '**/src/testing/**/*.ts',
      'e2e/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },

  // Plain JavaScript and tool configs: no type information.
  { files: [...JS_FILES, ...TOOL_CONFIG_FILES], ...tseslint.configs.disableTypeChecked },
  {
    files: JS_FILES,
    languageOptions: {
      sourceType: 'module',
      globals: {
        Buffer: 'readonly',
        URL: 'readonly',
        clearTimeout: 'readonly',
        console: 'readonly',
        process: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
  {
    files: ['**/*.cjs', 'jest.preset.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { __dirname: 'readonly', module: 'writable', require: 'readonly' },
    },
  },
  // tools/ scripts orchestrate child processes and cleanups: check their promises with types.
  {
    files: ['tools/*.mjs'],
    languageOptions: {
      parserOptions: { project: ['tools/tsconfig.json'], tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },

  // Nx module boundaries: shared code depends only on shared code.
  {
    files: [...TS_FILES, ...JS_FILES],
    ignores: TOOL_CONFIG_FILES,
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

  { files: ['apps/portal/**/*.tsx'], ...reactHooks.configs.flat['recommended-latest'] },

  { files: [...TS_FILES, ...JS_FILES], rules: { 'no-console': 'error' } },
  { files: ['tools/**', 'e2e/**'], rules: { 'no-console': 'off' } },
);
