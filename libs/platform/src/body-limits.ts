/** Largest JSON body any Waypoint command needs; bigger bodies are refused with 413 before parsing. */
export const MAX_BODY_BYTES = 32 * 1024;
