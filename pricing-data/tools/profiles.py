#!/usr/bin/env python3
"""Serving profiles for the open models a buyer compares now (issue 13, item 3), in serving-profiles.json,
and the `weights` link of their first-party APIs in api-models.json. Usage: profiles.py (run after
operating_points.py: some estimates rest on the profiles it writes).

GPUs per replica: the serving recipe SemiAnalysis InferenceX publishes for the model (configs/nvidia-master.yaml,
SemiAnalysisAI/InferenceX commit 843c6254, 2026-08-21) where there is one (quoted); otherwise DERIVED from weights
memory: the smallest GPU count whose memory holds the weights (parameters x bytes per parameter) plus at least
25 % for KV cache.
Throughputs: ESTIMATED from the nearest measured profile (same GPU, a model of the same kind), scaled by
active parameters (tokens/s ~ 1 / active parameters for MoE decode) and by GPU count where the counts differ;
where the active parameter count was not verified the figures are taken unscaled and the note says they are an
upper bound for a larger model. Never a number without its rule."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IX_CFG = "SemiAnalysis InferenceX serving recipe configs/nvidia-master.yaml (SemiAnalysisAI/InferenceX commit 843c6254, 2026-08-21), key "

# id, model, family, gpu, engine, precision, gpus, gpus rule, reference profile, scale (num, den, why) or None,
# weightsGb or None, licence, licence source, asOf, extra notes
NEW = [
    ("deepseek-v4-pro/h200/vllm-fp8-est", "DeepSeek-V4-Pro", "DeepSeek-V4", "H200", "vLLM 0.25", "FP8", 8,
     "quoted: InferenceX serves deepseek-ai/DeepSeek-V4-Pro at FP8 on 8 x H200, TP8 (" + IX_CFG + "dsv4-fp8-h200-vllm)",
     "deepseek-r1-0528/h200/sglang-fp8", None, None, "MIT", "deepseek-ai/DeepSeek-V4-Pro model card (Hugging Face)", "2026-08-21",
     "DeepSeek-V4-Pro has about 1.6T parameters (InferenceX MODELS.md, 'DeepSeek-V4-Pro 1.6T'); its active parameter count was not verified, so the DeepSeek-R1-0528 figures are used unscaled: an upper bound, V4-Pro being the larger model."),
    ("glm-5.2/b200/sglang-fp4-est", "GLM-5.2", "GLM-5", "B200", "SGLang", "FP4 (NVFP4)", 8,
     "quoted: InferenceX serves nvidia/GLM-5.2-NVFP4 on 8 x B200, TP8 (" + IX_CFG + "glm5.2-fp4-b200-sglang-agentic-mtp)",
     "deepseek-r1-0528/b200/trtllm-fp4", None, None, "MIT", "zai-org GLM-5 model cards (Hugging Face): MIT licence", "2026-08-21",
     "Nearest measured: DeepSeek-R1-0528 FP4 on 8 x B200 (TensorRT-LLM), a large MoE at the same precision on the same GPUs; GLM-5.2's active parameter count was not verified, so the figures are unscaled: an upper bound if GLM-5.2 activates more than R1's 37B."),
    ("kimi-k3/b300/vllm-fp4-est", "Kimi K3", "Kimi", "B300", "vLLM", "FP4", 8,
     "quoted: InferenceX serves moonshotai/Kimi-K3 at FP4 on 8 x B300, TP8, single node (" + IX_CFG + "kimik3-fp4-b300-vllm-agentic-dspark)",
     "deepseek-r1-0528/b300/sglang-fp8", None, None, "Modified MIT (the licence of Kimi K2; Kimi K3's card not verified)",
     "moonshotai/Kimi-K2-Instruct model card (Hugging Face): modified MIT licence", "2026-08-21",
     "Nearest measured: DeepSeek-R1-0528 on 8 x B300 (InferenceX, FP8); Kimi K3's parameter counts were not verified, so the figures are unscaled (FP8 measurement for an FP4 deployment: conservative on precision, optimistic if K3 activates more parameters)."),
    ("qwen3.5-397b-a17b/h200/sglang-fp8-est", "Qwen3.5-397B-A17B", "Qwen3.5", "H200", "SGLang 0.5.14", "FP8", 8,
     "quoted: InferenceX serves Qwen/Qwen3.5-397B-A17B-FP8 on 8 x H200, TP8 EP8 (" + IX_CFG + "qwen3.5-fp8-h200-sglang)",
     "qwen3-235b-a22b/h200/trtllm-fp8", (22 * 8, 17 * 4, "x 22/17 active parameters (Qwen3-235B-A22B: 22B, Qwen3.5-397B-A17B: 17B, from the model names) x 8/4 GPUs"),
     397, "Apache-2.0", "Qwen/Qwen3.5-397B-A17B model card (Hugging Face): Apache-2.0", "2026-08-21",
     "FP8 weights 397 GB on 8 x 141 = 1128 GB."),
    ("mistral-large-3/h200/vllm-fp8-est", "Mistral Large 3", "Mistral", "H200", "vLLM", "FP8", 8,
     "DERIVED from weights memory: 675B parameters x 1 byte (FP8) = 675 GB; 4 x 141 = 564 GB is too small, 8 x 141 = 1128 GB holds it with 453 GB for KV cache",
     "deepseek-r1-0528/h200/trtllm-fp8", (37, 41, "x 37/41 active parameters (DeepSeek-R1: 37B active; Mistral Large 3: 41B active of 675B)"),
     675, "Apache-2.0", "Mistral AI, 'Introducing Mistral 3' (mistral.ai/news/mistral-3, 2025-12-02): Mistral Large 3, sparse MoE, 41B active / 675B total, Apache 2.0", "2025-12-02",
     ""),
    ("llama-4-maverick/h200/vllm-fp8-est", "Llama 4 Maverick", "Llama 4", "H200", "vLLM", "FP8", 4,
     "DERIVED from weights memory: 400B parameters x 1 byte (FP8) = 400 GB; 4 x 141 = 564 GB holds it with 164 GB (41 %) for KV cache",
     "qwen3-235b-a22b/h200/trtllm-fp8", (22, 17, "x 22/17 active parameters (Qwen3-235B-A22B: 22B; Llama 4 Maverick: 17B active of 400B)"),
     400, "Llama 4 Community License", "meta-llama/Llama-4-Maverick-17B-128E-Instruct model card (Hugging Face): Llama 4 Community License; 17B active, 400B total", "2025-04-05",
     ""),
    ("llama-4-scout/h100/vllm-fp8-est", "Llama 4 Scout", "Llama 4", "H100", "vLLM", "FP8", 2,
     "DERIVED from weights memory: 109B parameters x 1 byte (FP8) = 109 GB; 2 x 80 = 160 GB holds it with 51 GB (47 %) for KV cache",
     "qwen3-235b-a22b/h100/trtllm-fp8", (22 * 2, 17 * 8, "x 22/17 active parameters (Scout: 17B active of 109B) x 2/8 GPUs"),
     109, "Llama 4 Community License", "meta-llama/Llama-4-Scout-17B-16E-Instruct model card (Hugging Face): Llama 4 Community License; 17B active, 109B total", "2025-04-05",
     ""),
]
API_WEIGHTS = {"deepseek/deepseek-v4-pro": "DeepSeek-V4-Pro", "zai/glm-5.2": "GLM-5.2", "moonshot/kimi-k3": "Kimi K3"}

def main():
    path = os.path.join(ROOT, "serving-profiles.json")
    d = json.load(open(path))
    by_id = {p["id"]: p for p in d["profiles"]}
    apis = json.load(open(os.path.join(ROOT, "api-models.json")))
    for pid, model, family, gpu, engine, prec, gpus, gpus_rule, ref_id, scale, weights, licence, lic_src, as_of, extra in NEW:
        ref = by_id[ref_id]
        if scale:
            num, den, why = scale
            pre, dec = round(ref["prefillTokensPerSecond"] * num / den), round(ref["decodeTokensPerSecond"] * num / den)
            rule = ("EST: throughputs from the nearest measured profile " + ref_id + " (prefill " + str(ref["prefillTokensPerSecond"]) +
                    ", decode " + str(ref["decodeTokensPerSecond"]) + ") " + why + " = " + str(pre) + " / " + str(dec) + ".")
        else:
            pre, dec = ref["prefillTokensPerSecond"], ref["decodeTokensPerSecond"]
            rule = ("EST: throughputs of the nearest measured profile " + ref_id + " taken unscaled (prefill " + str(pre) +
                    ", decode " + str(dec) + "); see notes.")
        e = {"id": pid, "model": model, "modelFamily": family, "gpu": gpu, "engine": engine, "precision": prec,
             "gpusPerReplica": gpus, "prefillTokensPerSecond": pre, "decodeTokensPerSecond": dec}
        if weights:
            e["weightsGb"] = weights
        e.update({"licence": licence, "asOf": as_of,
                  "source": "Licence and size: " + lic_src + "; GPUs per replica " + gpus_rule + "; throughputs estimated from " + ref_id + " (" + ref["source"][:160] + ")",
                  "basis": "estimated", "basisNote": rule + " gpusPerReplica " + gpus_rule.split(":")[0] + ".",
                  "notes": ("No published throughput for this model on this GPU was found. " + extra).strip()})
        rated = next((m for m in apis["models"] if m.get("weights") == model and "quality" in m), None)
        if rated:
            e.update({k: rated[k] for k in ("quality", "qualitySource", "qualityAsOf")})
        if pid in by_id:
            by_id[pid].clear(); by_id[pid].update(e)
        else:
            d["profiles"].append(e)
    open(path, "w").write(json.dumps(d, indent=2, ensure_ascii=False) + "\n")
    for m in apis["models"]:
        if m["id"] in API_WEIGHTS:
            m["weights"] = API_WEIGHTS[m["id"]]
            m["openWeights"] = True
            note = "Same weights as the serving profiles whose model is '" + m["weights"] + "', so compare shows hosting them beside buying them."
            if note not in m.get("notes", ""):
                m["notes"] = (m.get("notes", "") + " " + note).strip()
    open(os.path.join(ROOT, "api-models.json"), "w").write(json.dumps(apis, indent=2, ensure_ascii=False) + "\n")

main()
