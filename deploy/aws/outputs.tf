output "bucket_name" {
  description = "The private S3 bucket that holds the built site."
  value       = aws_s3_bucket.site.id
}

output "upload_target" {
  description = "Where to sync dist/: the bucket plus the course_base prefix."
  value       = "s3://${aws_s3_bucket.site.id}/${local.key_prefix}"
}

output "distribution_id" {
  description = "CloudFront distribution ID, for create-invalidation."
  value       = aws_cloudfront_distribution.site.id
}

output "distribution_domain_name" {
  description = "The distribution's own name (*.cloudfront.net), which works even with a custom domain."
  value       = aws_cloudfront_distribution.site.domain_name
}

output "course_site" {
  description = "Build with COURSE_SITE set to this value."
  value       = "https://${local.site_host}"
}

output "course_base" {
  description = "Build with COURSE_BASE set to this value."
  value       = var.course_base
}

output "url" {
  description = "The course's address."
  value       = "https://${local.site_host}${var.course_base}"
}
