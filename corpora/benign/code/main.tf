terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
  }
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "network/terraform.tfstate"
    region = "eu-west-1"
  }
}

variable "cidr" {
  type    = string
  default = "10.40.0.0/16"
}

resource "aws_vpc" "main" {
  cidr_block           = var.cidr
  enable_dns_hostnames = true
  tags = { Name = "main", Team = "platform" }
}

resource "aws_subnet" "private" {
  count             = 3
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(var.cidr, 4, count.index)
  availability_zone = data.aws_availability_zones.available.names[count.index]
  tags              = { Name = "private-${count.index}" }
}

data "aws_availability_zones" "available" {
  state = "available"
}

output "private_subnet_ids" {
  value = aws_subnet.private[*].id
}
