/** How a request's code, PIN and file fingerprints are shown to people. */

/** Six digits read more easily in two groups of three: "123 456". */
export const formatPin = (pin: string) => (/^\d{6}$/u.test(pin) ? `${pin.slice(0, 3)} ${pin.slice(3)}` : pin);

/** The short form of a SHA-256: its first 12 hex digits, enough to tell files apart by eye. */
export const shortSha256 = (sha256: string) => sha256.slice(0, 12);
