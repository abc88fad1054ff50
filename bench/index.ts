/** `npm run bench`: every benchmark, each printing the engine beside CPython measured in the same run. */
import { benchParse } from './parse';
import { benchLifetime } from './lifetime';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  if (only.length === 0 || only.includes('parse')) await benchParse();
  if (only.length === 0 || only.includes('lifetime')) await benchLifetime();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
