// The sample application: prints a greeting for its first argument, naming the release from
// the VERSION file the image build writes (`dev` outside an image).
import { readFileSync } from 'node:fs';
import { greeting, parseVersionFile } from './greeting.mjs';

let text = 'dev';
try {
  text = readFileSync(new URL('../VERSION', import.meta.url), 'utf8');
} catch {
  // Not in an image: a development build.
}
console.log(greeting(process.argv[2], parseVersionFile(text).version));
