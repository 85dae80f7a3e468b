/**
 * What hcl2json must return for the lifecycle main.tf, built from the policy model alone (not from
 * the generator), so comparing the two checks the generator field by field.
 */

import { literal } from '../terraform/hcl-json';
import { MULTIPART_RULE_ID, NONCURRENT_RULE_ID, type LifecyclePolicy } from '~/lib/s3/lifecycle';

const expr = (text: string) => '${' + text + '}';

export function expectedLifecycleJson(policy: LifecyclePolicy): Record<string, unknown> {
  const versioned = policy.noncurrentDays !== null;
  const rules: Record<string, unknown>[] = [];
  if (policy.main) {
    rules.push({
      id: literal(policy.main.id),
      status: 'Enabled',
      filter: [policy.main.prefix === '' ? {} : { prefix: literal(policy.main.prefix) }],
      ...(policy.main.transition ? { transition: [{ days: policy.main.transition.days, storage_class: policy.main.transition.storageClass }] } : {}),
      ...(policy.main.expirationDays !== null ? { expiration: [{ days: policy.main.expirationDays }] } : {}),
    });
  }
  if (policy.noncurrentDays !== null) {
    rules.push({ id: NONCURRENT_RULE_ID, status: 'Enabled', filter: [{}], noncurrent_version_expiration: [{ noncurrent_days: policy.noncurrentDays }] });
  }
  if (policy.abortDays !== null) {
    rules.push({ id: MULTIPART_RULE_ID, status: 'Enabled', filter: [{}], abort_incomplete_multipart_upload: [{ days_after_initiation: policy.abortDays }] });
  }
  const resource: Record<string, unknown> = {
    aws_s3_bucket: { main: [{ bucket: literal(policy.bucketName) }] },
    aws_s3_bucket_lifecycle_configuration: {
      main: [{ bucket: expr('aws_s3_bucket.main.id'), rule: rules, ...(versioned ? { depends_on: [expr('aws_s3_bucket_versioning.main')] } : {}) }],
    },
  };
  if (versioned) {
    resource.aws_s3_bucket_versioning = { main: [{ bucket: expr('aws_s3_bucket.main.id'), versioning_configuration: [{ status: 'Enabled' }] }] };
  }
  return {
    terraform: [{ required_version: '>= 1.5.0', required_providers: [{ aws: { source: 'hashicorp/aws', version: '~> 6.0' } }] }],
    provider: { aws: [{ region: literal(policy.region) }] },
    resource,
  };
}
