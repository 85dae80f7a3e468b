/**
 * Who manages each layer of the stack, for on-premises, the service models and some AWS services
 * (lesson 1.4). Data only; the questions asked of it live in `./responsibility.ts`.
 *
 * Sources (checked 2026-11-27):
 * - AWS Shared Responsibility Model, https://aws.amazon.com/compliance/shared-responsibility-model/ :
 *   AWS "operates, manages and controls the components from the host operating system and
 *   virtualization layer down to the physical security of the facilities"; for EC2 the customer
 *   manages "the guest operating system (including updates and security patches), other
 *   associated application software as well as the configuration of the AWS provided security
 *   group firewall"; for abstracted services such as S3 and DynamoDB "AWS operates the
 *   infrastructure layer, the operating system, and platforms", and customers manage their data
 *   (including encryption options), classify their assets and use IAM for permissions.
 * - Amazon RDS, "Maintaining a DB instance",
 *   https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html :
 *   RDS maintenance updates the underlying hardware, the underlying OS and the database engine
 *   version, in the maintenance window the customer chooses.
 * - AWS Lambda, "Understanding the shared responsibility model for Lambda runtime management",
 *   https://docs.aws.amazon.com/lambda/latest/dg/runtime-management-shared.html : Lambda publishes
 *   runtime security updates and applies them in Auto mode; customers update functions in the other
 *   modes and rebuild container images from updated base images.
 * - AWS Elastic Beanstalk, "Shared responsibility model for Elastic Beanstalk platform maintenance",
 *   https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/platforms-shared-responsibility.html :
 *   Elastic Beanstalk releases OS, runtime, application server and web server updates; customers
 *   apply them (or turn on managed platform updates) and keep environments on supported platforms.
 * - NIST SP 800-145 for the IaaS, PaaS and SaaS definitions.
 */

/** A layer of the stack, from the data down to the building. */
export type LayerId =
  | 'data'
  | 'identity'
  | 'application'
  | 'network-config'
  | 'runtime'
  | 'os'
  | 'virtualisation'
  | 'hardware'
  | 'network'
  | 'facilities';

/** Who looks after a layer. */
export type Owner = 'you' | 'provider' | 'shared';

/** A layer as the widget shows it. */
export interface Layer {
  readonly id: LayerId;
  readonly name: string;
  readonly examples: string;
}

/** The layers, top (closest to you) to bottom (the data centre). */
export const LAYERS: readonly Layer[] = [
  { id: 'data', name: 'Data', examples: 'content, classification, encryption choices, backups' },
  { id: 'identity', name: 'Identity and access', examples: 'who may do what: IAM, users, keys' },
  { id: 'application', name: 'Application', examples: 'code, its dependencies and settings' },
  { id: 'network-config', name: 'Network and firewall configuration', examples: 'security groups, public or private exposure' },
  { id: 'runtime', name: 'Runtime and middleware', examples: 'language runtime, web and application servers, database engine' },
  { id: 'os', name: 'Operating system', examples: 'guest OS, its updates and security patches' },
  { id: 'virtualisation', name: 'Virtualisation', examples: 'host operating system, hypervisor' },
  { id: 'hardware', name: 'Servers and storage', examples: 'physical machines, disks' },
  { id: 'network', name: 'Physical network', examples: 'cabling, routers, links between sites' },
  { id: 'facilities', name: 'Facilities', examples: 'buildings, power, cooling, physical security' },
];

/** One layer of one service: who owns it and what that means there. */
export interface Responsibility {
  readonly owner: Owner;
  readonly note: string;
}

/** Identifier of a service or model the reader can pick. */
export type ServiceId = 'on-premises' | 'ec2' | 'elastic-beanstalk' | 'rds' | 'lambda' | 's3' | 'saas';

/** A service or deployment model and its split of the stack. */
export interface ServiceModel {
  readonly id: ServiceId;
  readonly name: string;
  /** Where it sits among the service models. */
  readonly model: string;
  /** Who "provider" is for this choice: AWS, a SaaS company, or nobody (on-premises). */
  readonly provider: string;
  readonly layers: Readonly<Record<LayerId, Responsibility>>;
}

const you = (note: string): Responsibility => ({ owner: 'you', note });
const provider = (note: string): Responsibility => ({ owner: 'provider', note });
const shared = (note: string): Responsibility => ({ owner: 'shared', note });

/** AWS's part below the virtual machine, the same for every AWS service. */
const AWS_INFRASTRUCTURE = {
  virtualisation: provider('AWS runs the host operating system and the virtualisation layer.'),
  hardware: provider('AWS buys, runs, repairs and securely disposes of the hardware.'),
  network: provider('AWS runs the global network between Availability Zones and Regions.'),
  facilities: provider('AWS runs the data centres, including their physical security.'),
} as const;

/** Everything below the application, run by AWS for abstracted services. */
const AWS_PLATFORM = {
  runtime: provider('AWS operates the platform that runs the service.'),
  os: provider('AWS operates and patches the operating system; you never see it.'),
  ...AWS_INFRASTRUCTURE,
} as const;

/** The services and models, in the order the widget offers them. */
export const SERVICE_MODELS: readonly ServiceModel[] = [
  {
    id: 'on-premises',
    name: 'On-premises (your own data centre)',
    model: 'No cloud: you own the whole stack',
    provider: 'nobody',
    layers: {
      data: you('Your data, its classification, encryption and backups.'),
      identity: you('Your directory, accounts and permissions.'),
      application: you('You build or buy it, and you run it.'),
      'network-config': you('Your firewalls and their rules.'),
      runtime: you('You install and patch runtimes, web servers and databases.'),
      os: you('You install, update and patch every operating system.'),
      virtualisation: you('You license, run and patch the hypervisor, if you use one.'),
      hardware: you('You buy, rack, repair and retire the servers and disks.'),
      network: you('You buy and run switches, routers and links.'),
      facilities: you('You rent or build the room, and pay for power, cooling and guards.'),
    },
  },
  {
    id: 'ec2',
    name: 'Amazon EC2',
    model: 'IaaS (infrastructure as a service)',
    provider: 'AWS',
    layers: {
      data: you('Your data on the instance and its volumes: classification, EBS encryption, snapshots.'),
      identity: you('IAM users, roles and policies, key pairs and the OS accounts on the instance.'),
      application: you('Everything you install and run on the instance.'),
      'network-config': you('Security groups (the AWS-provided firewall), network ACLs and public IP addresses.'),
      runtime: you('You install, configure and patch runtimes, web servers and databases.'),
      os: you('The guest operating system, including updates and security patches.'),
      ...AWS_INFRASTRUCTURE,
    },
  },
  {
    id: 'elastic-beanstalk',
    name: 'AWS Elastic Beanstalk',
    model: 'PaaS (platform as a service)',
    provider: 'AWS',
    layers: {
      data: you('Your application data, wherever it is stored.'),
      identity: you('IAM roles for the environment and its instances, and your application users.'),
      application: you('Your code and the dependencies it downloads.'),
      'network-config': you('Security groups, load balancer listeners and VPC settings of the environment.'),
      runtime: shared(
        'Elastic Beanstalk releases patched platform versions (runtime, web and application server); you apply them or turn on managed platform updates, and leave retired platform branches.',
      ),
      os: shared('The OS comes with the platform version: AWS publishes updates, you apply them or let managed updates do it.'),
      ...AWS_INFRASTRUCTURE,
    },
  },
  {
    id: 'rds',
    name: 'Amazon RDS',
    model: 'Managed database (close to PaaS)',
    provider: 'AWS',
    layers: {
      data: you('Schemas and data, backup retention, snapshots and the encryption setting.'),
      identity: you('IAM permissions on the database, plus database users and their privileges.'),
      application: you('The applications and queries that use the database.'),
      'network-config': you('Security groups, subnets and whether the database is publicly accessible.'),
      runtime: shared(
        'The database engine: AWS applies patches and minor upgrades in your maintenance window; you choose versions, parameter groups and when to do major upgrades.',
      ),
      os: provider('AWS maintains and patches the underlying OS; you cannot log in to it.'),
      ...AWS_INFRASTRUCTURE,
    },
  },
  {
    id: 'lambda',
    name: 'AWS Lambda',
    model: 'Function as a service (serverless)',
    provider: 'AWS',
    layers: {
      data: you('What the function reads and writes, and the secrets it handles.'),
      identity: you('The execution role, and resource policies saying who may invoke the function.'),
      application: you('Your function code, its dependencies and layers.'),
      'network-config': you('Function URL authentication, and the VPC and security groups if you attach one.'),
      runtime: shared(
        'AWS publishes runtime security updates and applies them in the Auto update mode; you move functions off deprecated runtimes, and rebuild container images to pick up patches.',
      ),
      os: provider('Lambda runs and patches the execution environment for .zip functions; container images bring their own base image.'),
      ...AWS_INFRASTRUCTURE,
    },
  },
  {
    id: 's3',
    name: 'Amazon S3',
    model: 'Abstracted service (used only through its API)',
    provider: 'AWS',
    layers: {
      data: you('Your objects, their classification, versioning and encryption options.'),
      identity: you('IAM policies and bucket policies: who may read and write.'),
      application: provider('S3 itself is AWS software; your applications call its API from elsewhere.'),
      'network-config': shared('AWS runs the endpoints; you decide who may reach the bucket (Block Public Access, VPC endpoint policies).'),
      ...AWS_PLATFORM,
    },
  },
  {
    id: 'saas',
    name: 'A SaaS product (web email, CRM, ticketing)',
    model: 'SaaS (software as a service)',
    provider: 'the SaaS provider',
    layers: {
      data: you('What you put in: its classification, retention, and how you would export it.'),
      identity: you('Your users, their roles, single sign-on and MFA settings.'),
      application: provider('The provider writes, runs and updates it; you only change its settings.'),
      'network-config': provider('The provider decides; some products let you limit sign-ins to your IP ranges.'),
      runtime: provider('Chosen and patched by the provider.'),
      os: provider('Chosen and patched by the provider.'),
      virtualisation: provider('The provider, or the cloud it runs on.'),
      hardware: provider('The provider, or the cloud it runs on.'),
      network: provider('The provider, or the cloud it runs on.'),
      facilities: provider('The provider, or the cloud it runs on.'),
    },
  },
];
