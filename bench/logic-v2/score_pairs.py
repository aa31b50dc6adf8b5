"""Scores labelled name pairs with OpenSanctions' logic-v2 (nomenklatura's LogicV2) as yente's /match does.

For each row of the CSV (columns schema, name1, name2, ...): the query is an entity of the row's schema
built like yente's `Entity.from_example` (name1 as `name`, added uncleaned and fuzzy), the result an
entity of the same schema with name2 as `name`; `LogicV2.compare(query, result, config)` with the
algorithm's default config and weights (what /match uses when a request sets none); a match is a score
at or above yente's default threshold, 0.70 (`settings.SCORE_THRESHOLD`). logic-v2 is asymmetric (a
query word missing from the result costs more than the reverse), so name1 is always the query.

    python score_pairs.py <pairs.csv> <out.json>
"""

import csv
import json
import sys
from importlib.metadata import version

from followthemoney import model
from nomenklatura.matching import LogicV2
from nomenklatura.matching.types import ScoringConfig

# yente settings.SCORE_THRESHOLD, the default `threshold` of /match.
YENTE_THRESHOLD = 0.70


def make_entity(entity_id: str, schema: str, name: str):
    proxy = model.make_entity(schema)
    proxy.id = entity_id
    proxy.add("name", name, cleaned=False, fuzzy=True)
    return proxy


def main(pairs_file: str, out_file: str) -> None:
    pairs = []
    with open(pairs_file, encoding="utf-8-sig", newline="") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            schema = row.get("schema") or "LegalEntity"
            query = make_entity(f"q{index}", schema, row["name1"])
            result = make_entity(f"r{index}", schema, row["name2"])
            # compare() fills the config's defaults in place: a fresh default config per pair.
            scored = LogicV2.compare(query, result, ScoringConfig.defaults())
            explanations = {
                name: f"{feature.score:.3f} {feature.detail or ''}".strip()
                for name, feature in scored.explanations.items()
                if feature.score
            }
            pairs.append(
                {
                    "index": index,
                    "score": scored.score,
                    "match": scored.score >= YENTE_THRESHOLD,
                    "explanations": explanations,
                }
            )
    versions = {name: version(name) for name in ("nomenklatura", "followthemoney", "rigour")}
    output = {
        "algorithm": LogicV2.NAME,
        "threshold": YENTE_THRESHOLD,
        "versions": versions,
        "pairs": pairs,
    }
    with open(out_file, "w", encoding="utf-8") as handle:
        json.dump(output, handle, ensure_ascii=False, indent=1)
    print(f"logic-v2: scored {len(pairs)} pairs -> {out_file}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
