// A decision on a finding; its key (findingId#version) is unique, so one version has one decision.
MATCH (f:CaseFinding {id: $decision.findingId})
CREATE (d:FindingDecision)
SET d = $decision
SET f.decisionVersion = $decision.version
RETURN d {.*} AS decision
