/** Prices as widgets show them; shared by the S3, VPC and DynamoDB calculators. */

/** US dollars for people: cents under $1,000, whole dollars above, "< $0.01" for tiny non-zero sums. */
export function formatUsd(amount: number): string {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`Cannot format ${amount} as a price.`);
  if (amount > 0 && amount < 0.005) return '< $0.01';
  const digits = amount >= 1000 ? 0 : 2;
  return `$${amount.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}
