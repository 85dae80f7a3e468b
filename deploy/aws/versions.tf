terraform {
  # The configuration itself needs only long-stable features (preconditions, templatefile);
  # `terraform test` with the mocks in tests/ needs 1.11 or newer.
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }
}
