// Preloaded with NODE_OPTIONS="--import …" by `npm run bench:profile`: every Node process of the
// build (main process, static-generation workers, type-check worker) and the server profiles its
// main thread and writes <pid>.cpuprofile to BENCH_CPU_PROFILE_DIR when it ends. Next's own
// --experimental-cpu-prof loses its workers: they are stopped with SIGINT, which skips 'exit'.
import fs from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';

const directory = process.env.BENCH_CPU_PROFILE_DIR;
if (directory) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.start');
  let saved = false;
  const save = () => {
    if (saved) return;
    saved = true;
    // A session on the same thread answers synchronously, so this also works in 'exit'.
    session.post('Profiler.stop', (error, result) => {
      if (!error) {
        fs.writeFileSync(
          path.join(directory, `${process.pid}.cpuprofile`),
          JSON.stringify(result.profile),
        );
      }
    });
  };
  process.on('exit', save);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      save();
      // Only this listener: keep the default behaviour (end the process). Otherwise the
      // program's own handler (Next's graceful shutdown) ends it.
      if (process.listenerCount(signal) === 1) process.exit(0);
    });
  }
}
