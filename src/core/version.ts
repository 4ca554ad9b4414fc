/** The Redis version this server answers as (INFO, HELLO, LOLWUT, the FATAL config report). */
export const VERSION = "7.0.15";
