import { createRequire } from 'node:module';
import baseConfig, { moduleBoundaries } from '../../eslint.config.mjs';

/**
 * module-map.json: the API's feature folders (src/modules/<feature>) and the features each may import,
 * always through the other's index.ts; the dependencies run one way (src/module-map.spec.ts checks
 * that the map has no cycle, docs/architecture.md draws it).
 */
const { features: MODULE_MAP } = createRequire(import.meta.url)('./module-map.json');

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (names) => `(?:${names.map(escape).join('|')})`;

/**
 * Per feature folder: another feature only if module-map.json lists it, and only through its index.ts.
 * Feature files sit directly in their folder, so another feature is always `../<feature>`.
 */
function featureImportRules(feature) {
  const allowed = MODULE_MAP[feature];
  const others = Object.keys(MODULE_MAP).filter((f) => f !== feature && !allowed.includes(f));
  const patterns = [];
  if (others.length)
    patterns.push({
      regex: `^\\.\\./${anyOf(others)}(?:/.*)?$`,
      message: `${feature} may not import this feature: apps/api/module-map.json lists what ${feature} may use, and the dependencies run one way (docs/architecture.md).`,
    });
  if (allowed.length)
    patterns.push({
      regex: `^\\.\\./${anyOf(allowed)}/.+$`,
      message: `Import another feature through its public entry (\`../<feature>\`, its index.ts), not its files.`,
    });
  return {
    files: [`src/modules/${feature}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

export default [
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      // Nest injects by the constructor's parameter types, read at run time from decorator metadata:
      // an import that looks type-only is a value here, so the rule would break dependency injection.
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  ...Object.keys(MODULE_MAP).map(featureImportRules),
  {
    // The app shell and the shared code reach the features through their public entries only.
    files: ['src/*.ts', 'src/{common,config,database,openapi,security}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(?:^|/)modules/[^/]+/.+$',
              message:
                'Import a feature through its public entry (`modules/<feature>`, its index.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read response bodies field by field and look up fixtures they just created.
    files: ['test/**/*.ts', 'src/**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', moduleBoundaries({ apiTestTools: true })] },
  },
];
