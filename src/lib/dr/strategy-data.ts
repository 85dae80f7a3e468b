/**
 * The four disaster-recovery strategies of lesson 26.2, as data.
 *
 * Source: AWS whitepaper "Disaster Recovery of Workloads on AWS: Recovery in the Cloud",
 * https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-options-in-the-cloud.html
 * (checked 2026-11-27). Its summary figure gives, for RPO/RTO: backup & restore "hours", pilot light
 * "10s of minutes", warm standby "minutes", multi-site active/active "real-time" (near-zero data
 * loss, zero downtime), with cost rising from low to highest in that order.
 *
 * The numeric bounds below turn that wording into ranges the chooser can compare with a target:
 * "hours" = 1–24 h, "tens of minutes" = 10–60 min, "minutes" = 1–10 min, "real-time" = 0–1 min.
 * They are this course's reading of the whitepaper's words, not AWS figures.
 */

/** Identifier of a strategy, stable for tests and links. */
export type StrategyId = 'backup-restore' | 'pilot-light' | 'warm-standby' | 'multi-site';

/** A typical range, its wording from the whitepaper and the bounds used to compare it. */
export interface TypicalRange {
  readonly label: string;
  readonly minMinutes: number;
  readonly maxMinutes: number;
}

/** One strategy as the chooser shows it. */
export interface DrStrategy {
  readonly id: StrategyId;
  readonly name: string;
  /** 1 (lowest) to 4 (highest); also the order of the strategies from cheapest to fastest. */
  readonly tier: 1 | 2 | 3 | 4;
  readonly summary: string;
  readonly rpo: TypicalRange;
  readonly rto: TypicalRange;
  readonly relativeCost: string;
  /** What is running in the recovery Region before a disaster. */
  readonly inRecoveryRegion: string;
  /** What has to happen to recover. */
  readonly onFailover: string;
  readonly awsServices: readonly string[];
}

/** The strategies from cheapest and slowest to most expensive and fastest. */
export const DR_STRATEGIES: readonly DrStrategy[] = [
  {
    id: 'backup-restore',
    name: 'Backup & restore',
    tier: 1,
    summary: 'Back up data and infrastructure definitions to the recovery Region; rebuild and restore after the event.',
    rpo: { label: 'hours', minMinutes: 60, maxMinutes: 24 * 60 },
    rto: { label: 'hours', minMinutes: 60, maxMinutes: 24 * 60 },
    relativeCost: '$ (lowest: backup storage only)',
    inRecoveryRegion: 'Nothing runs: only backups (snapshots, copies) and the infrastructure-as-code templates to rebuild from.',
    onFailover: 'Deploy the infrastructure from code, restore the data from backups, then switch traffic.',
    awsServices: [
      'AWS Backup (cross-Region copy)',
      'EBS, RDS and DynamoDB snapshots',
      'S3 Cross-Region Replication',
      'AWS CloudFormation or Terraform',
      'Amazon Route 53',
    ],
  },
  {
    id: 'pilot-light',
    name: 'Pilot light',
    tier: 2,
    summary: 'Keep data live in the recovery Region and the rest of the workload provisioned but switched off.',
    rpo: { label: 'tens of minutes', minMinutes: 10, maxMinutes: 60 },
    rto: { label: 'tens of minutes', minMinutes: 10, maxMinutes: 60 },
    relativeCost: '$$ (replicated data stores, idle infrastructure)',
    inRecoveryRegion: 'Replicated databases and storage are running; application servers exist as templates or are scaled to zero.',
    onFailover: 'Turn on and scale out the application tier, promote the replicas, then switch traffic.',
    awsServices: [
      'Amazon RDS cross-Region read replicas or Aurora Global Database',
      'DynamoDB global tables',
      'S3 Cross-Region Replication',
      'Auto Scaling groups (at zero) and AMIs',
      'AWS Elastic Disaster Recovery',
      'Amazon Route 53',
    ],
  },
  {
    id: 'warm-standby',
    name: 'Warm standby',
    tier: 3,
    summary: 'Run a scaled-down but fully working copy of the workload in the recovery Region.',
    rpo: { label: 'minutes', minMinutes: 1, maxMinutes: 10 },
    rto: { label: 'minutes', minMinutes: 1, maxMinutes: 10 },
    relativeCost: '$$$ (a smaller copy of production runs all the time)',
    inRecoveryRegion: 'The whole stack is running at reduced capacity and can serve requests straight away.',
    onFailover: 'Scale the standby up to production capacity and switch traffic to it.',
    awsServices: [
      'Aurora Global Database or RDS read replicas',
      'DynamoDB global tables',
      'EC2 Auto Scaling or ECS/EKS at reduced capacity',
      'Amazon Route 53 health checks or AWS Global Accelerator',
    ],
  },
  {
    id: 'multi-site',
    name: 'Multi-site active/active',
    tier: 4,
    summary: 'Run the full workload in two or more Regions, all serving traffic.',
    rpo: { label: 'near zero (real time)', minMinutes: 0, maxMinutes: 1 },
    rto: { label: 'near zero (real time)', minMinutes: 0, maxMinutes: 1 },
    relativeCost: '$$$$ (highest: full production in every Region)',
    inRecoveryRegion: 'Full production capacity, already taking live traffic.',
    onFailover: 'Stop routing traffic to the failed Region; the others carry on.',
    awsServices: [
      'DynamoDB global tables or Aurora Global Database (write forwarding)',
      'S3 Multi-Region Access Points',
      'Amazon Route 53 latency or weighted routing',
      'AWS Global Accelerator',
    ],
  },
];
