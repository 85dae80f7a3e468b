provider "aws" {
  region = var.region

  default_tags {
    tags = var.tags
  }
}

# CloudFront only accepts ACM certificates issued in US East (N. Virginia), whatever
# Region the bucket is in. The certificate and its validation use this alias.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  default_tags {
    tags = var.tags
  }
}

locals {
  # Key prefix of the site in the bucket: "" when the course is at the root,
  # "course/" when it is built with COURSE_BASE=/course/.
  key_prefix    = trimprefix(var.course_base, "/")
  custom_domain = var.domain_name != null
  site_host     = local.custom_domain ? var.domain_name : aws_cloudfront_distribution.site.domain_name
  origin_id     = "course-bucket"
}
