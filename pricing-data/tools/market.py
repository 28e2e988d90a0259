#!/usr/bin/env python3
"""Adds the missing market (issue 13, item 3) to api-models.json from the LiteLLM price file:
open weights sold as APIs (linked to serving profiles by `weights`), Mistral, xAI, Bedrock regional
entries, retirement dates LiteLLM publishes; and the Gulf entries that have no public price.
Usage: market.py LITELLM_JSON"""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LITELLM = ("LiteLLM model_prices_and_context_window.json (BerriAI/litellm, mirrored by RoCry/llm-api-price "
           "commit 8442b939, 2026-07-24), key ")
prices = json.load(open(sys.argv[1]))

# id, provider, name, LiteLLM key, weights (serving profiles' model) or None, regions, notes
NEW = [
    ("together/gpt-oss-120b", "Together AI", "gpt-oss-120b", "together_ai/openai/gpt-oss-120b", "gpt-oss-120b", []),
    ("fireworks/gpt-oss-120b", "Fireworks AI", "gpt-oss-120b", "fireworks_ai/accounts/fireworks/models/gpt-oss-120b", "gpt-oss-120b", []),
    ("groq/gpt-oss-120b", "Groq", "gpt-oss-120b", "groq/openai/gpt-oss-120b", "gpt-oss-120b", []),
    ("deepinfra/gpt-oss-120b", "DeepInfra", "gpt-oss-120b", "deepinfra/openai/gpt-oss-120b", "gpt-oss-120b", []),
    ("vertex/gpt-oss-120b", "Google Vertex AI", "gpt-oss-120b (MaaS)", "vertex_ai/openai/gpt-oss-120b-maas", "gpt-oss-120b", []),
    ("azure/gpt-oss-120b", "Azure AI Foundry", "gpt-oss-120b", "azure_ai/gpt-oss-120b", "gpt-oss-120b", []),
    ("deepinfra/llama-3.3-70b", "DeepInfra", "Llama 3.3 70B Instruct", "deepinfra/meta-llama/Llama-3.3-70B-Instruct", "Llama 3.3 70B Instruct", []),
    ("together/llama-3.3-70b-turbo", "Together AI", "Llama 3.3 70B Instruct Turbo", "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo", "Llama 3.3 70B Instruct", []),
    ("groq/llama-3.3-70b", "Groq", "Llama 3.3 70B Versatile", "groq/llama-3.3-70b-versatile", "Llama 3.3 70B Instruct", []),
    ("azure/llama-3.3-70b", "Azure AI Foundry", "Llama 3.3 70B Instruct", "azure_ai/Llama-3.3-70B-Instruct", "Llama 3.3 70B Instruct", []),
    ("deepinfra/deepseek-r1-0528", "DeepInfra", "DeepSeek R1 0528", "deepinfra/deepseek-ai/DeepSeek-R1-0528", "DeepSeek-R1-0528", []),
    ("together/deepseek-r1-0528", "Together AI", "DeepSeek R1 0528 (throughput tier)", "together_ai/deepseek-ai/DeepSeek-R1-0528-tput", "DeepSeek-R1-0528", []),
    ("vertex/deepseek-r1-0528", "Google Vertex AI", "DeepSeek R1 0528 (MaaS)", "vertex_ai/deepseek-ai/deepseek-r1-0528-maas", "DeepSeek-R1-0528", []),
    ("deepinfra/deepseek-v3", "DeepInfra", "DeepSeek V3", "deepinfra/deepseek-ai/DeepSeek-V3", "DeepSeek-V3 / R1", []),
    ("together/deepseek-v3", "Together AI", "DeepSeek V3", "together_ai/deepseek-ai/DeepSeek-V3", "DeepSeek-V3 / R1", []),
    ("deepinfra/qwen3-235b-a22b", "DeepInfra", "Qwen3 235B A22B", "deepinfra/Qwen/Qwen3-235B-A22B", "Qwen3-235B-A22B", []),
    ("fireworks/qwen3-235b-a22b", "Fireworks AI", "Qwen3 235B A22B", "fireworks_ai/accounts/fireworks/models/qwen3-235b-a22b", "Qwen3-235B-A22B", []),
    ("together/glm-4.6", "Together AI", "GLM-4.6", "together_ai/zai-org/GLM-4.6", "GLM-4.6", []),
    ("deepinfra/kimi-k2-instruct", "DeepInfra", "Kimi K2 Instruct", "deepinfra/moonshotai/Kimi-K2-Instruct", "Kimi K2 Instruct", []),
    ("together/kimi-k2-instruct", "Together AI", "Kimi K2 Instruct", "together_ai/moonshotai/Kimi-K2-Instruct", "Kimi K2 Instruct", []),
    ("groq/llama-4-maverick", "Groq", "Llama 4 Maverick 17B 128E", "groq/meta-llama/llama-4-maverick-17b-128e-instruct", "Llama 4 Maverick", []),
    ("deepinfra/llama-4-maverick", "DeepInfra", "Llama 4 Maverick 17B 128E (FP8)", "deepinfra/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8", "Llama 4 Maverick", []),
    ("together/llama-4-maverick", "Together AI", "Llama 4 Maverick 17B 128E (FP8)", "together_ai/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8", "Llama 4 Maverick", []),
    ("vertex/llama-4-maverick", "Google Vertex AI", "Llama 4 Maverick 17B 128E (MaaS)", "vertex_ai/meta/llama-4-maverick-17b-128e-instruct-maas", "Llama 4 Maverick", []),
    ("mistral/mistral-large-3", "Mistral AI", "Mistral Large 3", "mistral/mistral-large-3", "Mistral Large 3", []),
    ("fireworks/mistral-large-3", "Fireworks AI", "Mistral Large 3 (FP8)", "fireworks_ai/accounts/fireworks/models/mistral-large-3-fp8", "Mistral Large 3", []),
    ("azure/mistral-large-3", "Azure AI Foundry", "Mistral Large 3", "azure_ai/mistral-large-3", "Mistral Large 3", []),
    ("mistral/mistral-large-2411", "Mistral AI", "Mistral Large 24.11", "mistral/mistral-large-2411", None, []),
    ("xai/grok-4", "xAI", "Grok 4", "xai/grok-4", None, []),
    ("xai/grok-4-0709", "xAI", "Grok 4 (0709 snapshot)", "xai/grok-4-0709", None, []),
    ("xai/grok-4.1-fast", "xAI", "Grok 4.1 Fast", "xai/grok-4-1-fast", None, []),
    ("xai/grok-4.3", "xAI", "Grok 4.3", "xai/grok-4.3", None, []),
    ("xai/grok-4.5", "xAI", "Grok 4.5", "xai/grok-4.5", None, []),
    ("bedrock/kimi-k2.5/us-east-1", "Amazon Bedrock", "Kimi K2.5 (us-east-1)", "bedrock/us-east-1/moonshotai.kimi-k2.5", "Kimi K2.5", ["US"]),
    ("bedrock/kimi-k2.5/eu-north-1", "Amazon Bedrock", "Kimi K2.5 (eu-north-1, in-region)", "bedrock/eu-north-1/moonshotai.kimi-k2.5", "Kimi K2.5", ["EU"]),
    ("bedrock/kimi-k2.5/sa-east-1", "Amazon Bedrock", "Kimi K2.5 (sa-east-1, in-region)", "bedrock/sa-east-1/moonshotai.kimi-k2.5", "Kimi K2.5", ["BR"]),
    ("bedrock/kimi-k2.5/ap-northeast-1", "Amazon Bedrock", "Kimi K2.5 (ap-northeast-1, in-region)", "bedrock/ap-northeast-1/moonshotai.kimi-k2.5", "Kimi K2.5", ["JP"]),
]

def entry(i, provider, name, key, weights, regions):
    p = prices[key]
    e = {"id": i, "provider": provider, "name": name,
         "inputPerMTok": round(p["input_cost_per_token"] * 1e6, 6),
         "outputPerMTok": round(p["output_cost_per_token"] * 1e6, 6)}
    if p.get("cache_read_input_token_cost"):
        e["cachedInputPerMTok"] = round(p["cache_read_input_token_cost"] * 1e6, 6)
    if p.get("max_input_tokens"):
        e["contextWindow"] = int(p["max_input_tokens"])
    e["regions"] = regions
    e["openWeights"] = weights is not None
    if weights:
        e["weights"] = weights
    if p.get("deprecation_date"):
        e["retirementDate"] = p["deprecation_date"]
    e["asOf"] = "2026-07-24"
    e["source"] = LITELLM + key
    e["basis"] = "quoted"
    notes = []
    if not regions:
        notes.append("Processing regions are not published in the source; the residency filter therefore leaves this entry out.")
    else:
        notes.append("Regional Bedrock price for that AWS region (LiteLLM key names the region); the in-region price differs from us-east-1.")
    if weights:
        notes.append("Same weights as the serving profiles whose model is '" + weights + "' (where the catalogue has one), so compare shows hosting them beside buying them.")
    if p.get("deprecation_date"):
        notes.append("retirementDate is LiteLLM's deprecation_date for this key.")
    e["notes"] = " ".join(notes)
    return e

def main():
    path = os.path.join(ROOT, "api-models.json")
    d = json.load(open(path))
    have = {e["id"] for e in d["models"]}
    # retirement dates LiteLLM publishes for entries already in the catalogue
    for e in d["models"]:
        if "retirementDate" not in e and ", key " in e["source"]:
            key = e["source"].rsplit(", key ", 1)[1].split()[0].rstrip(";,")
            dep = prices.get(key, {}).get("deprecation_date")
            if dep:
                e["retirementDate"] = dep
    for spec in NEW:
        if spec[0] not in have:
            d["models"].append(entry(*spec))
    if "humain/groq-inference" not in have:
        d["models"].append({
            "id": "humain/groq-inference", "provider": "HUMAIN (with Groq)", "name": "HUMAIN x Groq inference hub, Saudi Arabia",
            "priceOnRequest": True, "regions": ["SA"], "openWeights": False,
            "asOf": "2025-08-27",
            "source": "Semafor, 'PIF's AI unit HUMAIN has already sold out its data center capacity' (2025-08-27): HUMAIN and Groq host an inference hub in Saudi Arabia",
            "basis": "quoted",
            "notes": "No public per-token price: the entry exists for its region and is ranked as price on request. Which models are served was not verified."})
    open(path, "w").write(json.dumps(d, indent=2, ensure_ascii=False) + "\n")

main()
