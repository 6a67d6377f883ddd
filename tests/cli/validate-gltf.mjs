// Validates a .glb with the Khronos glTF validator (npm gltf-validator, under build/node) and
// prints one line a test can match: errors, warnings, vertices, triangles, each image's type
// and size, and the material's texture slots. Exit 1 when it cannot run.
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import url from 'url';

const here = path.dirname(url.fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../../build/node/package.json'));
const validator = require('gltf-validator');
const bytes = new Uint8Array(fs.readFileSync(process.argv[2]));
const report = await validator.validateBytes(bytes);
const images = report.info.resources.filter((r) => r.image)
  .map((r) => `${r.mimeType} ${r.image.width}x${r.image.height}`);
const json = JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 +
  new DataView(bytes.buffer).getUint32(12, true))));
const material = json.materials[0];
const slots = [material.pbrMetallicRoughness?.baseColorTexture ? 'baseColorTexture' : '',
  material.normalTexture ? 'normalTexture' : ''].filter((s) => s);
console.log(`copyright "${json.asset.copyright ?? ''}"`);
console.log(`errors ${report.issues.numErrors} warnings ${report.issues.numWarnings}` +
  ` vertices ${report.info.totalVertexCount} triangles ${report.info.totalTriangleCount}` +
  ` ${images.join(' ')} ${slots.join(' ')}`);
for (const m of report.issues.messages) {
  console.log(`${m.severity} ${m.code} ${m.pointer ?? ''} ${m.message}`);
}
