#!/usr/bin/env python3
"""Operating points (METHODOLOGY-V2, "Serving at a latency target") for the shipped serving profiles,
from published measurements, one source per curve. Usage:
    operating_points.py INFERENCEX_BENCHMARKS_JSON
INFERENCEX_BENCHMARKS_JSON is the InferenceX published-results snapshot
packages/app/cypress/fixtures/api/benchmarks.json of InferenceX-app (read at vngcloud/InferenceX-app
commit 528c4146, a fork of SemiAnalysisAI/InferenceX-app; every point names its SemiAnalysisAI/InferenceX
run). The NVIDIA NIM table is transcribed below from the public page.

Conversion: the rule of `import-benchmark` (pricing-data/README.md, "Bring your own benchmark"), per run with
I and O the input and output tokens/s of one replica, TTFT the mean time to first token, E2E the mean request
latency and TPOT the mean time per output token:
    u = 1 / TPOT,  s = TTFT / E2E,  prefill p = I / s,  decode q = O / (1 - s),  f = TTFT
NIM publishes no E2E: E2E = TTFT + ITL x (output tokens - 1), I = O x input/output tokens (the fixed workload).
InferenceX publishes throughput per GPU: one replica = the GPUs of its tensor-parallel group (tp), so
I = input_tput_per_gpu x tp. Points are kept while u strictly falls as concurrency rises (a point measured
deep in overload, where u no longer falls, says nothing about a latency target and is left out)."""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULE = ("operating points DERIVED from the published runs by the import-benchmark rule: u = 1/TPOT, s = TTFT/E2E, "
        "prefill = I/s, decode = O/(1-s), TTFT as published (pricing-data/README.md)")

def point(u, i_tps, o_tps, ttft, e2e):
    s = ttft / e2e
    return {"outputTokensPerSecondPerUser": round(u, 2), "prefillTokensPerSecond": round(i_tps / s, 1),
            "decodeTokensPerSecond": round(o_tps / (1 - s), 1), "timeToFirstTokenSeconds": round(ttft, 4)}

def curve(runs):
    """runs: (concurrency, point) pairs; keeps the prefix where u strictly falls, returns points by rising u."""
    kept, last = [], None
    for conc, p in sorted(runs, key=lambda r: r[0]):
        if last is not None and p["outputTokensPerSecondPerUser"] >= last:
            break
        kept.append(p)
        last = p["outputTokensPerSecondPerUser"]
    return sorted(kept, key=lambda p: p["outputTokensPerSecondPerUser"])

# NVIDIA NIM for LLMs benchmarking guide, Performance, Llama-3.3-70b-instruct, NIM 1.8.0, 2 x H100 80G, fp8 TP2,
# 5000 input / 500 output tokens: concurrency, TTFT ms, ITL ms, throughput (output tokens/s)
NIM_URL = "docs.nvidia.com/nim/benchmarking/llm/1.0.0/performance (Llama-3.3-70b-instruct, NIM 1.8.0, 2 x H100 80G, fp8 TP2, 5000 in / 500 out)"
NIM_LLAMA = [(1, 406.77, 18.58, 51.67), (5, 546.7, 21.83, 218.48), (25, 688.69, 38.75, 623.4), (50, 834.51, 59.73, 814.37),
             (100, 7996.25, 92.91, 917.26), (150, 34794.22, 92.86, 920.9), (200, 61680.22, 93.06, 920.54), (250, 88605.32, 93.2, 920.12)]

def nim_points():
    runs = []
    for conc, ttft_ms, itl_ms, out in NIM_LLAMA:
        e2e_ms = ttft_ms + itl_ms * (500 - 1)
        runs.append((conc, point(1000 / itl_ms, out * 5000 / 500, out, ttft_ms / 1000, e2e_ms / 1000)))
    return curve(runs)

IX_SRC = ("SemiAnalysis InferenceX published results (InferenceX-app api/v1/benchmarks snapshot "
          "packages/app/cypress/fixtures/api/benchmarks.json, read at vngcloud/InferenceX-app commit 528c4146), "
          "DeepSeek-R1-0528 ('dsr1'), {hw} {fw} {prec} TP{tp} EP{ep}, {isl} in / {osl} out, no speculative decoding, "
          "aggregated serving; run {date}: {urls}")

def inferencex(rows, hw, fw, prec, tp, ep, isl, osl):
    sel = [r for r in rows if (r["hardware"], r["framework"], r["precision"], r["prefill_tp"], r["prefill_ep"], r["isl"], r["osl"])
           == (hw, fw, prec, tp, ep, isl, osl) and not r["disagg"] and r["spec_method"] == "none"
           and "input_tput_per_gpu" in r["metrics"]]
    date = max(r["date"] for r in sel)
    sel = [r for r in sel if r["date"] == date]  # one run day: one curve
    runs = []
    for r in sel:
        m = r["metrics"]
        runs.append((r["conc"], point(1 / m["mean_tpot"], m["input_tput_per_gpu"] * tp, m["output_tput_per_gpu"] * tp,
                                      m["mean_ttft"], m["mean_e2el"])))
    urls = ", ".join(sorted({r["run_url"].replace("https://github.com/", "") for r in sel}))
    src = IX_SRC.format(hw=hw.upper(), fw={"sglang": "SGLang", "trt": "TensorRT-LLM"}[fw], prec=prec.upper(), tp=tp, ep=ep,
                        isl=isl, osl=osl, date=date, urls=urls)
    return curve(runs), src, date

# profile id -> InferenceX selection, for profiles that exist (attach a curve)
ATTACH = {
    "deepseek-r1-0528/h200/trtllm-fp8": ("h200", "trt", "fp8", 8, 1, 1024, 1024),
}
# new profiles measured by InferenceX: id -> (selection, gpu label, engine, precision, weightsGb, memory note)
NEW = {
    "deepseek-r1-0528/h200/sglang-fp8": (("h200", "sglang", "fp8", 8, 1, 1024, 8192), "H200", "SGLang", "FP8", 700,
                                          "8 x 141 GB = 1128 GB holds the ~700 GB FP8 weights plus KV cache"),
    "deepseek-r1-0528/b200/sglang-fp8": (("b200", "sglang", "fp8", 8, 1, 1024, 1024), "B200", "SGLang", "FP8", 700,
                                          "8 x 180 GB = 1440 GB holds the ~700 GB FP8 weights plus KV cache"),
    "deepseek-r1-0528/b300/sglang-fp8": (("b300", "sglang", "fp8", 8, 1, 1024, 1024), "B300", "SGLang", "FP8", 700,
                                          "8 x 288 GB = 2304 GB holds the ~700 GB FP8 weights plus KV cache"),
    "deepseek-r1-0528/mi300x/sglang-fp8": (("mi300x", "sglang", "fp8", 8, 1, 1024, 1024), "MI300X", "SGLang (ROCm)", "FP8", 700,
                                            "8 x 192 GB = 1536 GB holds the ~700 GB FP8 weights plus KV cache"),
    "deepseek-r1-0528/mi325x/sglang-fp8": (("mi325x", "sglang", "fp8", 8, 1, 1024, 8192), "MI325X", "SGLang (ROCm)", "FP8", 700,
                                            "8 x 256 GB = 2048 GB holds the ~700 GB FP8 weights plus KV cache"),
    "deepseek-r1-0528/mi355x/sglang-fp8": (("mi355x", "sglang", "fp8", 8, 1, 1024, 8192), "MI355X", "SGLang (ROCm)", "FP8", 700,
                                            "8 x 288 GB = 2304 GB holds the ~700 GB FP8 weights plus KV cache"),
}

def main():
    rows = json.load(open(sys.argv[1]))
    path = os.path.join(ROOT, "serving-profiles.json")
    d = json.load(open(path))
    by_id = {p["id"]: p for p in d["profiles"]}
    nim = by_id["llama-3.3-70b/h100/nim-fp8-tp2"]
    nim["operatingPoints"], nim["operatingPointsSource"] = nim_points(), "NVIDIA NIM benchmarking guide, " + NIM_URL + \
        ", observed 2026-12-04; concurrency 1, 5, 25, 50, 100 (150-250 left out: TTFT grows by queueing while u no longer falls); " + \
        "E2E = TTFT + ITL x 499, input tokens/s = 10 x output tokens/s"
    add_rule(nim)
    for pid, sel in ATTACH.items():
        p = by_id[pid]
        p["operatingPoints"], src, _ = inferencex(rows, *sel)
        p["operatingPointsSource"] = src
        add_rule(p)
    ref = by_id["deepseek-r1-0528/h200/trtllm-fp8"]
    for pid, (sel, gpu, engine, prec, weights, memory) in NEW.items():
        pts, src, date = inferencex(rows, *sel)
        top = min(pts, key=lambda p: p["outputTokensPerSecondPerUser"])  # the most loaded point measured
        e = {"id": pid, "model": "DeepSeek-R1-0528", "modelFamily": ref.get("modelFamily", "DeepSeek"), "gpu": gpu,
             "engine": engine, "precision": prec, "gpusPerReplica": sel[3],
             "prefillTokensPerSecond": top["prefillTokensPerSecond"], "decodeTokensPerSecond": top["decodeTokensPerSecond"],
             "weightsGb": weights, "licence": ref["licence"], "asOf": date, "source": src, "basis": "derived",
             "basisNote": "DERIVED: the maximum-throughput figures are the most loaded measured point (concurrency "
                          "as in the source), converted by the import-benchmark rule; the replica was not measured saturated, so "
                          "they are a lower bound. " + RULE + ".",
             "notes": "gpusPerReplica " + str(sel[3]) + " = the measured tensor-parallel group; " + memory + ".",
             "operatingPoints": pts, "operatingPointsSource": src}
        for k in ("quality", "qualitySource", "qualityAsOf", "contextWindow"):
            if k in ref:
                e[k] = ref[k]
        if pid in by_id:
            by_id[pid].update(e)
        else:
            d["profiles"].append(e)
    open(path, "w").write(json.dumps(d, indent=2, ensure_ascii=False) + "\n")

def add_rule(p):
    note = p.get("basisNote", "")
    if "import-benchmark rule" not in note:
        p["basisNote"] = (note + " " if note else "") + RULE[0].upper() + RULE[1:] + "."
    if p.get("basis") == "quoted":
        p["basis"] = "derived"

main()
