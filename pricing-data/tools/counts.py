#!/usr/bin/env python3
"""Counts the catalogue's entries for the README and the closing note of issue 13. Usage: counts.py"""
import json, os, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GULF = {"AE", "SA", "QA", "KW", "BH", "OM"}
files = {"api-models": "models", "gpu-offers": "offers", "serving-profiles": "profiles"}
total = 0
for f, key in files.items():
    rows = json.load(open(os.path.join(ROOT, f + ".json")))[key]
    total += len(rows)
    print(f"{f}: {len(rows)} entries; by basis {dict(sorted(collections.Counter(r.get('basis', 'quoted') for r in rows).items()))}")
    print(f"  with a quality score: {sum(1 for r in rows if 'quality' in r)}")
    if f == "serving-profiles":
        print(f"  with operating points: {sum(1 for r in rows if 'operatingPoints' in r)} "
              f"({sum(len(r.get('operatingPoints', [])) for r in rows)} points)")
    gulf = [r["id"] for r in rows if GULF & set(r.get("regions", []))]
    print(f"  Gulf entries (regions {', '.join(sorted(GULF))}): {len(gulf)}"
          + (f", of which priced on request: {sum(1 for r in rows if r['id'] in gulf and r.get('priceOnRequest'))}" if f == "api-models" else ""))
print("total:", total)
