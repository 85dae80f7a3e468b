/**
 * The commercial AWS Regions (partition `aws`) for the Region chooser (lesson 3.1).
 *
 * Sources and dates:
 * - Region codes and names, and which services have an endpoint in each Region: the AWS SDK for
 *   Python's endpoint data, botocore 1.43.107 (built 2026-10-01), file botocore/data/endpoints.json,
 *   partition "aws" (https://github.com/boto/botocore/blob/develop/botocore/data/endpoints.json).
 *   It lists 34 Regions. A service counts as available where the SDK lists an endpoint for it;
 *   features, instance types and models still differ, so check "AWS Services by Region"
 *   (https://aws.amazon.com/about-aws/global-infrastructure/regional-product-services/) before
 *   committing. EC2, S3, Lambda, RDS and DynamoDB have endpoints in all 34.
 * - Opt-in status: AWS enables Regions launched before 20 March 2019 by default and makes later ones
 *   opt-in (https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-regions.html); Osaka
 *   (ap-northeast-3) reports "opt-in-not-required" in `aws ec2 describe-regions`.
 * - Launch year: AWS announcements; the 2025 Regions per the AWS Regions and Availability Zones
 *   documentation history (Thailand and Mexico in January, Taipei in June, New Zealand in September).
 * - Coordinates: the city each Region is named after (or the metro area where AWS has said it
 *   builds), rounded to 0.01°. AWS does not publish data-centre locations, so distances from them
 *   are approximate by tens of kilometres.
 * Other partitions (China, AWS GovCloud (US), the AWS European Sovereign Cloud) need separate
 * accounts and are left out; announced Regions that have not opened are left out too.
 * Checked 2026-11-27.
 */

/** Services the chooser can require. */
export type RegionServiceId =
  | 'ec2'
  | 's3'
  | 'lambda'
  | 'rds'
  | 'dynamodb'
  | 'bedrock'
  | 'elastic-beanstalk'
  | 'opensearch-serverless'
  | 'lightsail'
  | 'memorydb'
  | 'app-runner'
  | 'connect';

/** The services in the order the widget lists them, with their names. */
export const REGION_SERVICES: readonly { readonly id: RegionServiceId; readonly name: string }[] = [
  { id: 'ec2', name: 'Amazon EC2' },
  { id: 's3', name: 'Amazon S3' },
  { id: 'lambda', name: 'AWS Lambda' },
  { id: 'rds', name: 'Amazon RDS' },
  { id: 'dynamodb', name: 'Amazon DynamoDB' },
  { id: 'bedrock', name: 'Amazon Bedrock' },
  { id: 'elastic-beanstalk', name: 'AWS Elastic Beanstalk' },
  { id: 'opensearch-serverless', name: 'Amazon OpenSearch Serverless' },
  { id: 'lightsail', name: 'Amazon Lightsail' },
  { id: 'memorydb', name: 'Amazon MemoryDB' },
  { id: 'app-runner', name: 'AWS App Runner' },
  { id: 'connect', name: 'Amazon Connect' },
];

/** A country that hosts at least one Region. */
export interface RegionCountry {
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
  readonly name: string;
  /** Member state of the European Union. */
  readonly eu: boolean;
}

/** The countries of the Regions below. */
export const REGION_COUNTRIES: readonly RegionCountry[] = [
  { code: 'AE', name: 'United Arab Emirates', eu: false },
  { code: 'AU', name: 'Australia', eu: false },
  { code: 'BH', name: 'Bahrain', eu: false },
  { code: 'BR', name: 'Brazil', eu: false },
  { code: 'CA', name: 'Canada', eu: false },
  { code: 'CH', name: 'Switzerland', eu: false },
  { code: 'DE', name: 'Germany', eu: true },
  { code: 'ES', name: 'Spain', eu: true },
  { code: 'FR', name: 'France', eu: true },
  { code: 'GB', name: 'United Kingdom', eu: false },
  { code: 'HK', name: 'Hong Kong', eu: false },
  { code: 'ID', name: 'Indonesia', eu: false },
  { code: 'IE', name: 'Ireland', eu: true },
  { code: 'IL', name: 'Israel', eu: false },
  { code: 'IN', name: 'India', eu: false },
  { code: 'IT', name: 'Italy', eu: true },
  { code: 'JP', name: 'Japan', eu: false },
  { code: 'KR', name: 'South Korea', eu: false },
  { code: 'MX', name: 'Mexico', eu: false },
  { code: 'MY', name: 'Malaysia', eu: false },
  { code: 'NZ', name: 'New Zealand', eu: false },
  { code: 'SE', name: 'Sweden', eu: true },
  { code: 'SG', name: 'Singapore', eu: false },
  { code: 'TH', name: 'Thailand', eu: false },
  { code: 'TW', name: 'Taiwan', eu: false },
  { code: 'US', name: 'United States', eu: false },
  { code: 'ZA', name: 'South Africa', eu: false },
];

/** One AWS Region. */
export interface AwsRegion {
  readonly code: string;
  readonly name: string;
  /** The place the coordinates stand for. */
  readonly city: string;
  readonly lat: number;
  readonly lon: number;
  /** ISO code of the country, one of {@link REGION_COUNTRIES}. */
  readonly country: string;
  readonly launched: number;
  /** Disabled in new accounts until someone enables it. */
  readonly optIn: boolean;
  readonly services: readonly RegionServiceId[];
}

const CORE: readonly RegionServiceId[] = ['ec2', 's3', 'lambda', 'rds', 'dynamodb'];
const region = (
  code: string,
  name: string,
  city: string,
  lat: number,
  lon: number,
  country: string,
  launched: number,
  optIn: boolean,
  extra: readonly RegionServiceId[],
): AwsRegion => ({ code, name, city, lat, lon, country, launched, optIn, services: [...CORE, ...extra] });

/** The 34 Regions of the `aws` partition, in code order. */
export const AWS_REGIONS: readonly AwsRegion[] = [
  region('af-south-1', 'Africa (Cape Town)', 'Cape Town', -33.92, 18.42, 'ZA', 2020, true, ['bedrock', 'elastic-beanstalk', 'connect']),
  region('ap-east-1', 'Asia Pacific (Hong Kong)', 'Hong Kong', 22.32, 114.17, 'HK', 2019, true, ['elastic-beanstalk', 'opensearch-serverless', 'lightsail', 'memorydb']),
  region('ap-east-2', 'Asia Pacific (Taipei)', 'Taipei', 25.03, 121.57, 'TW', 2025, true, ['bedrock']),
  region('ap-northeast-1', 'Asia Pacific (Tokyo)', 'Tokyo', 35.68, 139.69, 'JP', 2011, false, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless', 'lightsail', 'memorydb', 'app-runner', 'connect']),
  region('ap-northeast-2', 'Asia Pacific (Seoul)', 'Seoul', 37.57, 126.98, 'KR', 2016, false, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless', 'lightsail', 'memorydb', 'connect']),
  region('ap-northeast-3', 'Asia Pacific (Osaka)', 'Osaka', 34.69, 135.5, 'JP', 2021, false, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless']),
  region('ap-south-1', 'Asia Pacific (Mumbai)', 'Mumbai', 19.08, 72.88, 'IN', 2016, false, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless', 'lightsail', 'memorydb', 'app-runner']),
  region('ap-south-2', 'Asia Pacific (Hyderabad)', 'Hyderabad', 17.39, 78.49, 'IN', 2022, true, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless']),
  region('ap-southeast-1', 'Asia Pacific (Singapore)', 'Singapore', 1.35, 103.82, 'SG', 2010, false, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless', 'lightsail', 'memorydb', 'app-runner', 'connect']),
  region('ap-southeast-2', 'Asia Pacific (Sydney)', 'Sydney', -33.87, 151.21, 'AU', 2012, false, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless', 'lightsail', 'memorydb', 'app-runner', 'connect']),
  region('ap-southeast-3', 'Asia Pacific (Jakarta)', 'Jakarta', -6.21, 106.85, 'ID', 2021, true, ['bedrock', 'elastic-beanstalk', 'lightsail']),
  region('ap-southeast-4', 'Asia Pacific (Melbourne)', 'Melbourne', -37.81, 144.96, 'AU', 2023, true, ['bedrock', 'elastic-beanstalk']),
  region('ap-southeast-5', 'Asia Pacific (Malaysia)', 'Kuala Lumpur', 3.14, 101.69, 'MY', 2024, true, ['bedrock', 'elastic-beanstalk', 'lightsail']),
  region('ap-southeast-6', 'Asia Pacific (New Zealand)', 'Auckland', -36.85, 174.76, 'NZ', 2025, true, ['bedrock', 'elastic-beanstalk']),
  region('ap-southeast-7', 'Asia Pacific (Thailand)', 'Bangkok', 13.76, 100.5, 'TH', 2025, true, ['bedrock', 'elastic-beanstalk']),
  region('ca-central-1', 'Canada (Central)', 'Montréal', 45.5, -73.57, 'CA', 2016, false, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless', 'lightsail', 'memorydb', 'connect']),
  region('ca-west-1', 'Canada West (Calgary)', 'Calgary', 51.05, -114.07, 'CA', 2023, true, ['bedrock', 'elastic-beanstalk']),
  region('eu-central-1', 'Europe (Frankfurt)', 'Frankfurt', 50.11, 8.68, 'DE', 2014, false, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless', 'lightsail', 'memorydb', 'app-runner', 'connect']),
  region('eu-central-2', 'Europe (Zurich)', 'Zurich', 47.37, 8.54, 'CH', 2022, true, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless']),
  region('eu-north-1', 'Europe (Stockholm)', 'Stockholm', 59.33, 18.07, 'SE', 2018, false, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless', 'lightsail', 'memorydb']),
  region('eu-south-1', 'Europe (Milan)', 'Milan', 45.46, 9.19, 'IT', 2020, true, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless', 'memorydb']),
  region('eu-south-2', 'Europe (Spain)', 'Aragón (Zaragoza)', 41.65, -0.89, 'ES', 2022, true, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless', 'lightsail', 'memorydb']),
  region('eu-west-1', 'Europe (Ireland)', 'Dublin', 53.35, -6.26, 'IE', 2007, false, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless', 'lightsail', 'memorydb', 'app-runner']),
  region('eu-west-2', 'Europe (London)', 'London', 51.51, -0.13, 'GB', 2016, false, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless', 'lightsail', 'memorydb', 'app-runner', 'connect']),
  region('eu-west-3', 'Europe (Paris)', 'Paris', 48.86, 2.35, 'FR', 2017, false, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless', 'lightsail', 'memorydb', 'app-runner']),
  region('il-central-1', 'Israel (Tel Aviv)', 'Tel Aviv', 32.09, 34.78, 'IL', 2023, true, ['bedrock', 'elastic-beanstalk']),
  region('me-central-1', 'Middle East (UAE)', 'Dubai area', 25.2, 55.27, 'AE', 2022, true, ['bedrock', 'elastic-beanstalk']),
  region('me-south-1', 'Middle East (Bahrain)', 'Manama', 26.23, 50.59, 'BH', 2019, true, ['bedrock', 'elastic-beanstalk']),
  region('mx-central-1', 'Mexico (Central)', 'Querétaro', 20.59, -100.39, 'MX', 2025, true, ['bedrock']),
  region('sa-east-1', 'South America (São Paulo)', 'São Paulo', -23.55, -46.63, 'BR', 2011, false, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless', 'lightsail', 'memorydb']),
  region('us-east-1', 'US East (N. Virginia)', 'Ashburn, Virginia', 39.04, -77.49, 'US', 2006, false, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless', 'lightsail', 'memorydb', 'app-runner', 'connect']),
  region('us-east-2', 'US East (Ohio)', 'Columbus, Ohio', 39.96, -83.0, 'US', 2016, false, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless', 'lightsail', 'memorydb', 'app-runner']),
  region('us-west-1', 'US West (N. California)', 'San Jose, California', 37.34, -121.89, 'US', 2009, false, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless', 'memorydb']),
  region('us-west-2', 'US West (Oregon)', 'Boardman, Oregon', 45.84, -119.7, 'US', 2011, false, ['bedrock', 'elastic-beanstalk', 'opensearch-serverless', 'lightsail', 'memorydb', 'app-runner', 'connect']),
];
