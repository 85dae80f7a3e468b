/**
 * Example DynamoDB throughput prices, Standard table class, US East (N. Virginia), in US dollars.
 *
 * Sources, as written down on 2026-11-27 (prices change and differ by Region):
 * - On-demand: https://aws.amazon.com/dynamodb/pricing/on-demand/ — $0.625 per million write
 *   request units and $0.125 per million read request units, the prices in force since DynamoDB cut
 *   on-demand throughput prices by 50% on 1 November 2024 (previously $1.25 and $0.25).
 * - Provisioned: https://aws.amazon.com/dynamodb/pricing/provisioned/ — $0.00065 per WCU-hour and
 *   $0.00013 per RCU-hour.
 * Storage ($0.25 per GB-month after the first 25 GB) is the same in both modes, so the comparison
 * leaves it out, along with the free tier and reserved capacity.
 */

/** The Region and date the prices are examples for; the UI states both. */
export const DYNAMODB_PRICE_CONTEXT = { region: 'us-east-1', regionName: 'US East (N. Virginia)', checked: '2026-11-27' } as const;

/** Hours AWS bills in an average month. */
export const HOURS_PER_MONTH = 730;

/** Example throughput prices, USD. */
export const DYNAMODB_PRICES = {
  onDemandPerMillionWrites: 0.625,
  onDemandPerMillionReads: 0.125,
  provisionedWcuHour: 0.00065,
  provisionedRcuHour: 0.00013,
} as const;
