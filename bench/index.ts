/** `npm run bench`: every benchmark, each printing the engine beside CPython measured in the same run. */
import { benchParse } from './parse';

async function main(): Promise<void> {
  await benchParse();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
