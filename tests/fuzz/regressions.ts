/**
 * Inputs that once made this server answer differently from redis-server 7.0.15 (or crash), kept as literal
 * bytes. Each is replayed by protocol.test.ts and compared with redis-server again.
 */
export const REGRESSIONS: number[][] = [
  // "ECHO a\0b\r\n": strchr stops at the NUL, so Redis never sees the newline and waits.
  [69, 67, 72, 79, 32, 97, 0, 98, 13, 10],
  // "*1\0\r\n$4\r\nPING\r\n": the same inside a multibulk count line.
  [42, 49, 0, 13, 10, 36, 52, 13, 10, 80, 73, 78, 71, 13, 10],
  // "*2\r\n$2\r\nNO\r\n$3\r\na\0b\r\n" -> unknown command error quoting arguments up to the NUL.
  [42, 50, 13, 10, 36, 50, 13, 10, 78, 79, 13, 10, 36, 51, 13, 10, 97, 0, 98, 13, 10],
  // "*-0\r\nPING\r\n": "-0" is not an integer to string2ll, so this is an invalid multibulk length.
  [42, 45, 48, 13, 10, 80, 73, 78, 71, 13, 10],
  // "*1\r\n$-0\r\n": likewise an invalid bulk length.
  [42, 49, 13, 10, 36, 45, 48, 13, 10],
  // "ECHO a\x0bb\r\n": inside a word only space, \t, \r, \n end it; \v (and \f) stay in the argument.
  [69, 67, 72, 79, 32, 97, 11, 98, 12, 32, 99, 13, 10],
  // "  \x0bECHO x\r\n": but \v is skipped between words.
  [32, 32, 11, 69, 67, 72, 79, 32, 120, 13, 10],
];
