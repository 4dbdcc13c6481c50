// Shared Jest settings: SWC transpiles TypeScript (type-checking is the `typecheck` target's job),
// keeping decorator metadata that NestJS dependency injection and TypeORM entities rely on.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            useDefineForClassFields: false,
          },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // content-disposition 3 and file-type 21 (with its dependencies) ship ES modules only; Node
  // loads them natively (require(esm)), Jest needs them transpiled.
  transformIgnorePatterns: [
    '/node_modules/(?!(content-disposition|file-type|strtok3|token-types|uint8array-extras|@tokenizer/inflate|@borewit/text-codec)/)',
  ],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: {
    ...pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
    // file-type's exports give Node only `import`/`module-sync` entries, which Jest's CommonJS
    // resolver does not match.
    '^file-type$': '<rootDir>/node_modules/file-type/index.js',
  },
  rootDir: __dirname,
};
