"""Prints the CloudFormation a SAM template expands to (what `sam deploy` sends), as JSON.

Used by TemplateTest to see the IAM statements SAM's policy templates and event sources become.
Needs aws-sam-translator and cfn-lint (installed with cfn-lint). Usage: python3 sam-expand.py template.yaml
"""
import json
import os
import sys

from cfnlint.decode import decode_str
from samtranslator.translator.transform import transform

os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
template, _ = decode_str(open(sys.argv[1], encoding="utf-8").read())
template = json.loads(json.dumps(template, default=str))
for resource in template["Resources"].values():
    if resource["Type"] == "AWS::Serverless::Function":
        resource["Properties"]["CodeUri"] = "s3://packaged/function.jar"  # what `sam package` puts there


class NoManagedPolicies:
    def load(self):
        return {}


print(json.dumps(transform(template, {}, NoManagedPolicies())))
