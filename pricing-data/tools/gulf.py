#!/usr/bin/env python3
"""Gulf entries (issue 13, item 3) in api-models.json: where a per-token price is not public, the entry exists
with its regions and priceOnRequest, never an invented number. Usage: gulf.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OBSERVED = "2026-12-04"
ORACLE = ("Oracle Cloud Infrastructure Generative AI documentation, 'Meta Llama 3.3 (70B)' benchmark page "
          "(docs.oracle.com/en-us/iaas/Content/generative-ai/benchmark-meta-llama-3-3-70b-instruct.htm): "
          "meta.llama-3.3-70b-instruct hosted on dedicated AI cluster units, with separate tables for the Saudi Arabia Central "
          "(Riyadh) and UAE East (Dubai) regions")
POR = "No public per-token price: the entry exists for its region and is ranked as price on request."
NEW = [
    {"id": "oracle/llama-3.3-70b/uae-east-dubai", "provider": "Oracle Cloud (OCI Generative AI)",
     "name": "Meta Llama 3.3 70B on a dedicated AI cluster, UAE East (Dubai)", "priceOnRequest": True, "regions": ["AE"],
     "openWeights": True, "weights": "Llama 3.3 70B Instruct", "asOf": OBSERVED, "source": ORACLE, "basis": "quoted",
     "notes": POR + " OCI bills dedicated AI clusters by unit-hour, not per token; in Dubai the model is served as "
              "meta.llama-3.3-70b-instruct-fp8-dynamic. Other Oracle Gulf regions (Abu Dhabi, Jeddah) are not named for this model in the source."},
    {"id": "oracle/llama-3.3-70b/saudi-central-riyadh", "provider": "Oracle Cloud (OCI Generative AI)",
     "name": "Meta Llama 3.3 70B on a dedicated AI cluster, Saudi Arabia Central (Riyadh)", "priceOnRequest": True, "regions": ["SA"],
     "openWeights": True, "weights": "Llama 3.3 70B Instruct", "asOf": OBSERVED, "source": ORACLE, "basis": "quoted",
     "notes": POR + " OCI bills dedicated AI clusters by unit-hour, not per token."},
    {"id": "core42/sovereign-public-cloud", "provider": "Core42 (G42)", "name": "Core42 Sovereign Public Cloud (Azure-based) AI services, UAE",
     "priceOnRequest": True, "regions": ["AE"], "openWeights": False, "asOf": OBSERVED,
     "source": "DatacenterDynamics, 'Microsoft and Core42 to build sovereign cloud and AI infrastructure for Abu Dhabi' "
               "(datacenterdynamics.com/en/news/microsoft-and-core42-to-build-sovereign-cloud-and-ai-infrastructure-for-abu-dhabi): "
               "Core42's Sovereign Public Cloud, powered by Azure with Core42's sovereign controls",
     "basis": "quoted", "notes": POR + " Which models are offered and at what terms was not published in the source."},
    {"id": "stc/cloud-ai", "provider": "stc Cloud", "name": "stc Cloud sovereign AI infrastructure, Saudi Arabia",
     "priceOnRequest": True, "regions": ["SA"], "openWeights": False, "asOf": OBSERVED,
     "source": "Agamisoft, 'Sovereign AI infrastructure providers in the GCC 2026' (agamisoft.com/sovereign-ai-infrastructure-providers-gcc-2026): "
               "stc Cloud among the regionally born sovereign-by-design providers in Saudi Arabia",
     "basis": "quoted", "notes": POR + " No model list or price was published in the source."},
]

def main():
    path = os.path.join(ROOT, "api-models.json")
    d = json.load(open(path))
    have = {m["id"] for m in d["models"]}
    d["models"].extend(e for e in NEW if e["id"] not in have)
    open(path, "w").write(json.dumps(d, indent=2, ensure_ascii=False) + "\n")

main()
