/** Ports of the test servers: `E2E_PORT` and the next ones, each overridable. */
export const E2E_PORTS = (() => {
  const port = Number(process.env.E2E_PORT ?? 3210);
  return {
    production: port,
    dev: Number(process.env.E2E_DEV_PORT ?? port + 1),
    scratch: Number(process.env.E2E_SCRATCH_PORT ?? port + 2),
    // Production builds on scratch content, published through the webhook or the watcher.
    publishHook: Number(process.env.E2E_PUBLISH_HOOK_PORT ?? port + 3),
    publishWatch: Number(process.env.E2E_PUBLISH_WATCH_PORT ?? port + 4),
    // Short-lived `next start` runs that only read the server's start-up output.
    startOutput: Number(process.env.E2E_START_OUTPUT_PORT ?? port + 5),
  };
})();
