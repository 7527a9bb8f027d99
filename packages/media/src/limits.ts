/** 64 megapixels: larger than any phone photo or video frame, far below what would exhaust memory. */
export const DEFAULT_MAX_PIXELS = 64_000_000;
