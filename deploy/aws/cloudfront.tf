# Origin access control: CloudFront signs every request to S3 with SigV4, so the
# bucket can stay private. (It replaces the legacy origin access identity, OAI.)
resource "aws_cloudfront_origin_access_control" "site" {
  name                              = "${var.name}-site"
  description                       = "CloudFront reads the private course bucket"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

# Directory URLs -> index.html, slash-less page URLs -> redirect, / -> course_base.
resource "aws_cloudfront_function" "rewrite" {
  name    = "${var.name}-rewrite"
  runtime = "cloudfront-js-2.0"
  comment = "Serve Astro's <path>/index.html for directory URLs"
  publish = true
  code    = templatefile("${path.module}/functions/viewer-request.js", { base = var.course_base })
}

# Files in /_astro/ have a content hash in their name: a new build gives new names,
# so edges and browsers may keep them for a year (upload sets max-age=31536000).
data "aws_cloudfront_cache_policy" "caching_optimized" {
  name = "Managed-CachingOptimized"
}

# HTML, the search index and other files whose names stay the same between builds:
# short edge cache, and every deploy ends with an invalidation.
resource "aws_cloudfront_cache_policy" "html" {
  name        = "${var.name}-html"
  comment     = "Course pages: short edge cache, honours the uploaded Cache-Control"
  min_ttl     = 0
  default_ttl = var.html_cache_seconds
  max_ttl     = var.html_cache_seconds

  parameters_in_cache_key_and_forwarded_to_origin {
    enable_accept_encoding_brotli = true
    enable_accept_encoding_gzip   = true

    cookies_config {
      cookie_behavior = "none"
    }

    headers_config {
      header_behavior = "none"
    }

    query_strings_config {
      query_string_behavior = "none"
    }
  }
}

# HSTS, X-Content-Type-Options, X-Frame-Options, Referrer-Policy on every response.
data "aws_cloudfront_response_headers_policy" "security_headers" {
  name = "Managed-SecurityHeadersPolicy"
}

resource "aws_cloudfront_distribution" "site" {
  enabled             = true
  comment             = "Cloud, AWS & Terraform course (${var.name})"
  default_root_object = "index.html"
  price_class         = var.price_class
  http_version        = "http2and3"
  is_ipv6_enabled     = true
  aliases             = local.custom_domain ? [var.domain_name] : []

  origin {
    origin_id                = local.origin_id
    domain_name              = aws_s3_bucket.site.bucket_regional_domain_name
    origin_access_control_id = aws_cloudfront_origin_access_control.site.id
  }

  default_cache_behavior {
    target_origin_id           = local.origin_id
    viewer_protocol_policy     = "redirect-to-https"
    allowed_methods            = ["GET", "HEAD"]
    cached_methods             = ["GET", "HEAD"]
    compress                   = true
    cache_policy_id            = aws_cloudfront_cache_policy.html.id
    response_headers_policy_id = data.aws_cloudfront_response_headers_policy.security_headers.id

    function_association {
      event_type   = "viewer-request"
      function_arn = aws_cloudfront_function.rewrite.arn
    }
  }

  ordered_cache_behavior {
    path_pattern               = "${var.course_base}_astro/*"
    target_origin_id           = local.origin_id
    viewer_protocol_policy     = "redirect-to-https"
    allowed_methods            = ["GET", "HEAD"]
    cached_methods             = ["GET", "HEAD"]
    compress                   = true
    cache_policy_id            = data.aws_cloudfront_cache_policy.caching_optimized.id
    response_headers_policy_id = data.aws_cloudfront_response_headers_policy.security_headers.id
  }

  # A page that does not exist: the course's own 404 page, with status 404.
  custom_error_response {
    error_code            = 404
    response_code         = 404
    response_page_path    = "${var.course_base}404.html"
    error_caching_min_ttl = 60
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  # Without a custom domain: the *.cloudfront.net certificate. With one: the
  # validated ACM certificate from us-east-1, TLS 1.2 or newer, SNI only (no extra fee).
  viewer_certificate {
    cloudfront_default_certificate = local.custom_domain ? null : true
    acm_certificate_arn            = local.custom_domain ? aws_acm_certificate_validation.site[0].certificate_arn : null
    ssl_support_method             = local.custom_domain ? "sni-only" : null
    minimum_protocol_version       = local.custom_domain ? "TLSv1.2_2021" : null
  }
}
