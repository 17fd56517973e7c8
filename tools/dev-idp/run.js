// npm run dev-idp: runs the TypeScript source directly (ts-node), with the workspace's @tiltak/* paths.
const { join } = require('node:path');
const { readFileSync } = require('node:fs');

const root = join(__dirname, '..', '..');
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
require('ts-node').register({ project: join(__dirname, 'tsconfig.lib.json'), transpileOnly: true });
require('tsconfig-paths').register({ baseUrl: root, paths: compilerOptions.paths });
require('./src/main.ts');
