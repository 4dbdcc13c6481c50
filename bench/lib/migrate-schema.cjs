// Applies the API's migrations to the bench database straight from the TypeScript sources (loaded
// through ts-node, transpile-only), so generating data never depends on a build of the whole API,
// which may be mid-change. Run by generate.mjs as: node -r ts-node/register/transpile-only
// -r tsconfig-paths/register bench/lib/migrate-schema.cjs <owner-url> <app-role-password>
require('reflect-metadata');
const { migrate } = require('../../apps/api/src/platform/database/migrate');

const [ownerUrl, appRolePassword] = process.argv.slice(2);
migrate({ ownerUrl, appRolePassword })
  .then((applied) => {
    process.stdout.write(`applied ${applied.length} migrations\n`);
  })
  .catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
