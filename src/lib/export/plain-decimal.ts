/**
 * Writes a number as plain decimal digits ("0.0000001", "1000000000000000000000"), never in the
 * exponent form JavaScript uses for very small and very large values ("1e-7", "1e+21"): GIFT's
 * number syntax has no exponent, and spreadsheets and QTI players read plain decimals most reliably.
 * The digits are those of `String(value)`, the shortest text that reads back as the same number.
 */
export function plainDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`plainDecimal: ${value} is not a finite number.`);
  if (Object.is(value, -0)) return '0';
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
