// Writes brotli (.br) and gzip (.gz) copies beside the built web app's text files, once per build, so the
// API serves them precompressed (@fastify/static's preCompressed) instead of compressing per request.
//   node apps/web/scripts/precompress.mjs dist/apps/web/browser
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const [dir = 'dist/apps/web/browser'] = process.argv.slice(2);
const TEXT = /\.(js|mjs|css|html|json|svg|txt|webmanifest)$/;
// Below this a compressed copy saves less than the extra round of headers costs.
const MIN_BYTES = 1024;

let files = 0;
let before = 0;
let after = 0;
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !TEXT.test(entry.name)) continue;
  const path = join(entry.parentPath, entry.name);
  const bytes = readFileSync(path);
  if (bytes.length < MIN_BYTES) continue;
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  files += 1;
  before += bytes.length;
  after += br.length;
}
console.log(
  `precompressed ${files} files in ${dir}: ${(before / 1000).toFixed(1)} kB → ${(after / 1000).toFixed(1)} kB brotli`,
);
