variable "region" {
  description = "AWS Region for the S3 bucket that holds the built site (CloudFront itself is global)."
  type        = string
  default     = "eu-west-1"
}

variable "name" {
  description = "Short name used for the bucket prefix, the CloudFront function, cache policy and origin access control. Change it to deploy a second copy in the same account."
  type        = string
  default     = "cloud-course"

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9-]{1,28}[a-z0-9]$", var.name))
    error_message = "name must be 3-30 characters: lower-case letters, digits and hyphens, starting and ending with a letter or digit."
  }
}

variable "bucket_name" {
  description = "Exact S3 bucket name. Leave null to let Terraform pick a unique name starting with \"<name>-site-\"."
  type        = string
  default     = null
}

variable "course_base" {
  description = "The sub-path the course is built for: the same value as COURSE_BASE at build time (\"/\" for the root, \"/course/\" for https://example.org/course/). The files of dist/ are uploaded under this prefix in the bucket."
  type        = string
  default     = "/"

  validation {
    condition     = can(regex("^/([A-Za-z0-9._~-]+/)*$", var.course_base))
    error_message = "course_base must start and end with a slash, e.g. \"/\" or \"/course/\"."
  }
}

variable "domain_name" {
  description = "Custom domain for the course, e.g. course.example.org. Null serves it on the distribution's cloudfront.net name."
  type        = string
  default     = null
}

variable "hosted_zone_id" {
  description = "ID of the public Route 53 hosted zone that contains domain_name. Required when domain_name is set."
  type        = string
  default     = null
}

variable "price_class" {
  description = "CloudFront price class: PriceClass_100 (North America and Europe edges, cheapest), PriceClass_200 or PriceClass_All."
  type        = string
  default     = "PriceClass_100"

  validation {
    condition     = contains(["PriceClass_100", "PriceClass_200", "PriceClass_All"], var.price_class)
    error_message = "price_class must be PriceClass_100, PriceClass_200 or PriceClass_All."
  }
}

variable "html_cache_seconds" {
  description = "Longest time, in seconds, CloudFront edges keep HTML and other files whose names do not change between builds. A deploy ends with an invalidation, so this only bounds staleness if you forget it."
  type        = number
  default     = 300

  validation {
    condition     = var.html_cache_seconds >= 0 && var.html_cache_seconds <= 86400
    error_message = "html_cache_seconds must be between 0 and 86400 (one day)."
  }
}

variable "enable_versioning" {
  description = "Keep previous versions of uploaded files (lets you recover from a bad upload). Old versions expire after noncurrent_version_days."
  type        = bool
  default     = false
}

variable "noncurrent_version_days" {
  description = "With versioning on: days after which a replaced or deleted file's old version is removed."
  type        = number
  default     = 30
}

variable "force_destroy" {
  description = "Let terraform destroy delete the bucket even when it still holds files (and old versions). Convenient for a class that ends; keep false for a site you care about."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags added to every resource that supports them."
  type        = map(string)
  default = {
    Project = "cloud-aws-terraform-course"
  }
}
