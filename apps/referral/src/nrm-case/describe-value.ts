/** A value quoted for an error message; never throws, whatever arrived (JSON.stringify throws on a bigint). */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(value);
    case 'object':
      try {
        return JSON.stringify(value);
      } catch {
        return 'an unprintable object';
      }
    case 'bigint':
      return `${value}n`;
    case 'undefined':
    case 'symbol':
    case 'function':
      return typeof value;
  }
}
