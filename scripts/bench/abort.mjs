// One switch for an early stop (Ctrl-C, watchdog): no new operation starts and requests in flight are cancelled, so
// the API and worker are not kept busy by the load while they are asked to drain and exit.
export const stopLoad = new AbortController();
