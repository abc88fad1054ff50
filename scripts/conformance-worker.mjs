// A child process of scripts/conformance-status.mjs: runs the programs it is sent through the
// engine's run() (loaded through tsx), under the profile named in the message, and sends back what they printed. One program at a time, so
// the parent can kill a child stuck in a runaway program and start a fresh one.
import { readFileSync } from 'node:fs';
import { run } from '../extension/engine/index.ts';
import { findProfile } from '../extension/engine/profile.ts';

process.on('message', (msg) => {
  const source = readFileSync(msg.path, 'utf8');
  const started = Date.now();
  const r = run(source, { filename: msg.rel, trace: false, profile: findProfile(msg.profile ?? 'cpython-3.14') });
  process.send({
    rel: msg.rel, stdout: r.stdout, stderr: r.stderr, exitStatus: r.exitStatus, status: r.status, message: r.message,
    ms: Date.now() - started,
  });
});
