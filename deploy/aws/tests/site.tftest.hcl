# `terraform test` plans the configuration against mocked AWS providers: no AWS
# account, no credentials, nothing created. Needs Terraform 1.11 or newer
# (override_during), and `terraform init` first to fetch the provider schema.

mock_provider "aws" {
  override_during = plan

  mock_resource "aws_s3_bucket" {
    defaults = {
      id  = "cloud-course-site-example"
      arn = "arn:aws:s3:::cloud-course-site-example"
    }
  }

  mock_resource "aws_cloudfront_function" {
    defaults = {
      arn = "arn:aws:cloudfront::123456789012:function/cloud-course-rewrite"
    }
  }

  mock_resource "aws_cloudfront_distribution" {
    defaults = {
      arn         = "arn:aws:cloudfront::123456789012:distribution/E2EXAMPLE"
      domain_name = "d111111abcdef8.cloudfront.net"
    }
  }

  mock_data "aws_iam_policy_document" {
    defaults = {
      json = "{}"
    }
  }
}

mock_provider "aws" {
  alias           = "us_east_1"
  override_during = plan

  mock_resource "aws_acm_certificate" {
    defaults = {
      arn = "arn:aws:acm:us-east-1:123456789012:certificate/example"
      domain_validation_options = [
        {
          domain_name           = "course.example.org"
          resource_record_name  = "_a79865eb4cd1a6ab990a45779b4e0b96.course.example.org."
          resource_record_type  = "CNAME"
          resource_record_value = "_424c7224e9b0146f9a8808af955727d0.acm-validations.aws."
        },
      ]
    }
  }

  mock_resource "aws_acm_certificate_validation" {
    defaults = {
      certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/example"
    }
  }
}

run "course_at_the_root_on_cloudfront_net" {
  command = plan

  assert {
    condition     = output.url == "https://d111111abcdef8.cloudfront.net/"
    error_message = "Without a domain the course is served on the cloudfront.net name, got ${output.url}."
  }

  assert {
    condition     = output.upload_target == "s3://cloud-course-site-example/"
    error_message = "At the root, dist/ goes to the top of the bucket."
  }

  assert {
    condition     = length(aws_acm_certificate.site) == 0 && length(aws_route53_record.site) == 0
    error_message = "No certificate or DNS records without a domain."
  }

  assert {
    condition     = one(aws_cloudfront_distribution.site.ordered_cache_behavior).path_pattern == "/_astro/*"
    error_message = "Hashed assets get their own long-cache behaviour."
  }

  assert {
    condition     = one(aws_cloudfront_distribution.site.custom_error_response).response_page_path == "/404.html"
    error_message = "Missing pages show the course's 404 page."
  }

  assert {
    condition     = one(aws_cloudfront_distribution.site.viewer_certificate).cloudfront_default_certificate == true
    error_message = "Without a domain the default *.cloudfront.net certificate is used."
  }
}

run "course_under_a_sub_path_on_a_custom_domain" {
  command = plan

  variables {
    course_base    = "/course/"
    domain_name    = "course.example.org"
    hosted_zone_id = "Z0123456789EXAMPLE"
  }

  assert {
    condition     = output.url == "https://course.example.org/course/"
    error_message = "The URL combines the domain and the sub-path, got ${output.url}."
  }

  assert {
    condition     = output.upload_target == "s3://cloud-course-site-example/course/"
    error_message = "Under a sub-path, dist/ goes under that prefix in the bucket."
  }

  assert {
    condition     = one(aws_cloudfront_distribution.site.ordered_cache_behavior).path_pattern == "/course/_astro/*"
    error_message = "The hashed-asset behaviour follows the sub-path."
  }

  assert {
    condition     = one(aws_cloudfront_distribution.site.custom_error_response).response_page_path == "/course/404.html"
    error_message = "The 404 page follows the sub-path."
  }

  assert {
    condition     = strcontains(aws_cloudfront_function.rewrite.code, "var BASE = '/course/';")
    error_message = "The viewer-request function knows the sub-path."
  }

  assert {
    condition     = keys(aws_route53_record.validation) == ["course.example.org"]
    error_message = "One DNS validation record per certificate domain."
  }

  assert {
    condition     = toset(keys(aws_route53_record.site)) == toset(["A", "AAAA"])
    error_message = "IPv4 and IPv6 alias records point at the distribution."
  }

  assert {
    condition     = one(aws_cloudfront_distribution.site.viewer_certificate).acm_certificate_arn == "arn:aws:acm:us-east-1:123456789012:certificate/example"
    error_message = "The distribution uses the validated us-east-1 certificate."
  }
}

run "domain_without_hosted_zone_is_refused" {
  command = plan

  variables {
    domain_name = "course.example.org"
  }

  expect_failures = [aws_acm_certificate.site]
}
