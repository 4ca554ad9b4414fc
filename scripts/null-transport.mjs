// The transport of the in-process benchmarks: it takes every byte at once (as Bun's shim sends a view) and
// only counts them; `sent()` is the count.
export function nullTransport() {
  let written = 0;
  const count = (b) => {
    written += b.length;
  };
  return {
    write: count,
    writeView: count,
    close() {},
    abort() {},
    bufferedBytes: () => 0,
    remoteAddress: "127.0.0.1:50000",
    localAddress: "127.0.0.1:6379",
    fd: 7,
    sent: () => written,
  };
}
