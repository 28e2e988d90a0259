#!/usr/bin/env python3
"""Usage: provenance.py LEADERBOARD_TEXT_JSON (lmarena/arena-catalog data/leaderboard-text.json at commit ea8297b5).
One-off migration of the shipped catalogue (2026-11-25 seed -> issue 13): states the basis of every
entry, replaces citations of the internal research note by the original sources it names, and adds the
LMArena quality score where LMArena rates the model. Kept so the rules can be read and re-run."""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

LMARENA_SRC = ("LMArena text arena leaderboard, category full (overall), field rating: lmarena/arena-catalog "
               "data/leaderboard-text.json at commit ea8297b5 (2025-12-11)")
LMARENA_ASOF = "2025-12-11"
# catalogue id -> LMArena model key; only exact or documented alias matches, never a neighbour's score
LMARENA_API = {
    "openai/gpt-4o-mini": "gpt-4o-mini-2024-07-18", "openai/gpt-4o": "gpt-4o-2024-08-06",
    "openai/gpt-4.1": "gpt-4.1-2025-04-14", "openai/gpt-4.1-mini": "gpt-4.1-mini-2025-04-14",
    "openai/gpt-4.1-nano": "gpt-4.1-nano-2025-04-14", "openai/gpt-5.1": "gpt-5.1",
    "openai/o3": "o3-2025-04-16", "openai/o4-mini": "o4-mini-2025-04-16",
    "anthropic/claude-opus-4.5": "claude-opus-4-5-20251101", "anthropic/claude-sonnet-4.5": "claude-sonnet-4-5-20250929",
    "anthropic/claude-haiku-4.5": "claude-haiku-4-5-20251001", "anthropic/claude-opus-4.1": "claude-opus-4-1-20250805",
    "anthropic/claude-sonnet-4": "claude-sonnet-4-20250514", "anthropic/claude-opus-4": "claude-opus-4-20250514",
    "google/gemini-2.5-pro": "gemini-2.5-pro", "google/gemini-2.5-flash": "gemini-2.5-flash",
    "google/gemini-3-pro": "gemini-3-pro", "deepseek/deepseek-v3.2": "deepseek-v3.2",
    "zai/glm-4.6": "glm-4.6", "zai/glm-4.5": "glm-4.5", "zai/glm-4.5-air": "glm-4.5-air",
    "moonshot/kimi-k2-0905": "kimi-k2-0905-preview", "alibaba/qwen3-next-80b-a3b": "qwen3-next-80b-a3b-instruct",
    "alibaba/qwen3-max": "qwen3-max-2025-09-23", "xai/grok-4": "grok-4-0709", "xai/grok-4-0709": "grok-4-0709",
    "mistral/mistral-large-2411": "mistral-large-2411",
}
LMARENA_MODEL = {  # serving profile model / API weights -> LMArena key
    "Llama 3.3 70B Instruct": "llama-3.3-70b-instruct", "Llama 3.1 8B Instruct": "llama-3.1-8b-instruct",
    "gpt-oss-120b": "gpt-oss-120b", "gpt-oss-20b": "gpt-oss-20b", "Qwen3-235B-A22B": "qwen3-235b-a22b",
    "DeepSeek-R1-0528": "deepseek-r1-0528", "GLM-4.6": "glm-4.6", "Llama 4 Maverick": "llama-4-maverick-17b-128e-instruct",
    "Mistral Large 3": "mistral-large-3", "Kimi K2 Instruct": "kimi-k2-0711-preview",
}

def rating(key):
    ratings = json.load(open(sys.argv[1]))["full"]
    return round(ratings[key]["rating"], 1) if key in ratings else None

def set_quality(e, key):
    if key is None:
        return
    r = rating(key)
    if r is not None:
        e["quality"], e["qualitySource"], e["qualityAsOf"] = r, LMARENA_SRC + ", model " + key, LMARENA_ASOF

def basis_of(e):
    text = e["source"] + " " + e.get("notes", "")
    m = re.search(r"(EST/DERIVED|DERIVED|EST)\b:?\s*([^.]*(?:\.\d[^.]*)*\.)", text)
    if not m:
        return "quoted", ""
    kind = "estimated" if m.group(1).startswith("EST") else "derived"
    return kind, (m.group(1) + ": " + m.group(2)).strip()

GPU_PAGES = {
    "aws": "AWS EC2 On-Demand pricing page (aws.amazon.com/ec2/pricing/on-demand), instance price / GPUs per instance",
    "azure": "Azure Virtual Machines pricing page (azure.microsoft.com/pricing/details/virtual-machines/linux), ND-series, instance price / GPUs",
    "gcp": "Google Cloud GPU pricing page (cloud.google.com/compute/gpus-pricing), accelerator-optimized machine types",
    "lambda": "Lambda Cloud pricing page (lambda.ai/pricing)",
    "nebius": "Nebius AI Cloud pricing page (nebius.com/prices)",
    "runpod": "RunPod GPU pricing page (runpod.io/pricing)",
    "market": "market survey of on-demand MI300X prices across providers (median), May 2026",
    "neocloud": "a neocloud's published 1-year H100 commitment price, March 2026 (provider not named by the compiling source)",
    "purchase": "8x H100 server quote 2024 and GPU street prices mid-2026",
}
NOTE_REF = re.compile(r";?\s*research notes pricing-2026-11\.md( §\d)?( \(compiled 2026-11-25( from secondary sources, 2025-2026)?\))?")

def fix_source(e, kind):
    s = e["source"]
    if kind == "gpu-offers" and s.startswith("research notes"):
        prov = e["id"].split("/")[0]
        rest = NOTE_REF.sub("", s).strip("; ")
        s = GPU_PAGES[prov] + ", as compiled in secondary price surveys 2025-2026" + ("; " + rest if rest else "")
    elif "as summarised in research notes" in s:
        s = re.sub(r",? as summarised in research notes pricing-2026-11\.md §3( \(compiled 2026-11-25\))?", "", s)
    elif "EST from research notes" in s:
        s = s.replace("EST from research notes pricing-2026-11.md §3 (Qwen3-235B-A22B TensorRT-LLM figure)",
                      "NVIDIA TensorRT-LLM performance overview, Qwen3-235B-A22B max-throughput figure,")
    elif s.startswith("research notes pricing-2026-11.md (compiled 2026-11-25) (OpenAI pricing"):
        s = re.sub(r"research notes pricing-2026-11\.md \(compiled 2026-11-25\) \(OpenAI pricing, ([0-9-]+)\)",
                   r"OpenAI API pricing page (openai.com/api/pricing), \1", s)
    elif s.startswith("research notes pricing-2026-11.md (compiled 2026-11-25) (GA 2026-11-18)"):
        s = s.replace("research notes pricing-2026-11.md (compiled 2026-11-25) (GA 2026-11-18)",
                      "Google Gemini API pricing page (ai.google.dev/gemini-api/docs/pricing), GA 2026-11-18")
    elif s.startswith("research notes pricing-2026-11.md (compiled 2026-11-25); corroborated"):
        s = s.replace("research notes pricing-2026-11.md (compiled 2026-11-25); corroborated",
                      "Google Gemini API pricing page (ai.google.dev/gemini-api/docs/pricing); corroborated")
    s = NOTE_REF.sub("", s).replace("the research-notes weights table", "model cards' parameter counts").strip("; ")
    e["source"] = s
    if "notes" in e:
        e["notes"] = (e["notes"].replace("(research notes)", "").replace("the research notes", "the compiling source")
                      .replace("research notes", "compiling source").replace("my sources", "the sources"))

def migrate(kind, key):
    path = os.path.join(ROOT, kind + ".json")
    d = json.load(open(path))
    for e in d[key]:
        if "basis" not in e:
            b, note = basis_of(e)
            e["basis"] = b
            if note:
                e["basisNote"] = note
        fix_source(e, kind)
        if kind == "api-models":
            set_quality(e, LMARENA_API.get(e["id"]) or LMARENA_MODEL.get(e.get("weights", "")))
        elif kind == "serving-profiles":
            set_quality(e, LMARENA_MODEL.get(e["model"]))
    open(path, "w").write(json.dumps(d, indent=2, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    for kind, key in (("api-models", "models"), ("gpu-offers", "offers"), ("serving-profiles", "profiles")):
        migrate(kind, key)
