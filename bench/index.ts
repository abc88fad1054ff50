/** `npm run bench`: every benchmark, each printing the engine beside CPython measured in the same run. */
import { benchParse } from './parse';
import { benchLifetime } from './lifetime';
import { benchAnalysis } from './analysis';
import { benchCauses } from './causes';
import { benchWebview } from './webview';
import { benchHost } from './host';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const wanted = (name: string): boolean => only.length === 0 || only.includes(name);
  if (wanted('parse')) await benchParse();
  if (wanted('lifetime')) await benchLifetime();
  if (wanted('analysis')) benchAnalysis();
  if (wanted('causes')) benchCauses();
  if (wanted('webview')) await benchWebview();
  if (wanted('host')) await benchHost();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
