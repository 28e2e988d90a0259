#!/usr/bin/env python3
"""Current GPUs (issue 13, item 3) in gpu-offers.json, and system power per GPU for the existing entries.
Usage: gpu_market.py   (no input file: every figure below names the public page it was read from)

Power rule: powerWattsPerGpu is the whole 8-GPU server's maximum input divided by 8 where NVIDIA publishes
it (DGX H100/H200: 10.2 kW, DGX B200: 14.3 kW), or a rack's draw divided by its 72 GPUs (GB200/GB300 NVL72:
about 120 kW); otherwise the GPU board power, and basisNote says so. The entry's basis becomes derived when a
figure in it is computed, and basisNote gives the rule; a quoted price stays as published."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OBSERVED = "2026-12-04"  # the day the undated pages below were read

DGX_H = ("NVIDIA DGX H100/H200 User Guide, power specifications: six 3.3 kW supplies, maximum system input 10.2 kW "
         "for 8 GPUs (docs.nvidia.com/dgx/dgxh100-user-guide)")
DGX_B = ("NVIDIA DGX B200 User Guide, Introduction, power specifications: 14.3 kW max for 8 B200 GPUs "
         "(docs.nvidia.com/dgx/dgxb200-user-guide/introduction-to-dgxb200.html)")
SYSTEM_POWER = {  # gpu -> (watts per GPU, rule)
    "H100": (1275, "powerWattsPerGpu DERIVED: DGX H100/H200 maximum system input 10.2 kW / 8 GPUs = 1,275 W (" + DGX_H + ")"),
    "H200": (1275, "powerWattsPerGpu DERIVED: DGX H100/H200 maximum system input 10.2 kW / 8 GPUs = 1,275 W (" + DGX_H + ")"),
    "B200": (1787.5, "powerWattsPerGpu DERIVED: DGX B200 maximum system input 14.3 kW / 8 GPUs = 1,787.5 W (" + DGX_B + ")"),
}
BOARD_NOTE = ("powerWattsPerGpu is the GPU board power: no whole-server figure for this GPU was found, so host CPUs, "
              "fans and network are not included (add them through the scenario's overheads)")

def system_power(o):
    gpu = o["gpu"]
    if gpu not in SYSTEM_POWER:
        if BOARD_NOTE not in o.get("notes", ""):
            o["notes"] = (o.get("notes", "") + " " + BOARD_NOTE + ".").strip()
        return
    watts, rule = SYSTEM_POWER[gpu]
    o["powerWattsPerGpu"] = watts
    o["notes"] = o.get("notes", "").replace(
        "powerWattsPerGpu is the GPU board power from the compiling source (excludes host CPU/network share and PUE 1.2-1.3).",
        "powerWattsPerGpu is the whole server's draw per GPU (excludes PUE 1.2-1.3).")
    note = o.get("basisNote", "")
    if "powerWattsPerGpu DERIVED" not in note:
        o["basisNote"] = (note + " " if note else "") + rule + "."
    if o.get("basis", "quoted") == "quoted":
        o["basis"] = "derived"
        o["basisNote"] += " The price is quoted as published."

ORNN = ("Ornn, 'NVIDIA B200 vs B300: Why use one instead of the other?' (ornnai.com/research), citing Ornn's GPU rental "
        "benchmark and OEM pricing, 2026 (page undated, read " + OBSERVED + ")")
NVL72_POWER = ("GB200 NVL72: about 120 kW per rack of 72 GPUs and 36 Grace CPUs (awesomeagents.ai/hardware/nvidia-gb200-nvl72); "
               "GB300 NVL72: about 120 kW, 18 compute trays of ~6.5 kW (introl.com/blog/why-nvidia-gb300-nvl72-blackwell-ultra-matters)")
NEW = [
    {"id": "spheron/gb200/on-demand", "provider": "Spheron", "instance": "GB200 Superchip (1 Grace + 2 B200), of an NVL72 rack",
     "gpu": "GB200", "gpuMemoryGb": 186, "pricing": "on-demand", "hourlyPerGpu": 4.54, "powerWattsPerGpu": 1667, "regions": [],
     "asOf": "2026-03-17",
     "source": "Spheron, 'NVIDIA H200 vs B200 vs GB200: Which GPU to Rent for AI in 2026?' (spheron.network/blog/nvidia-h200-vs-b200-vs-gb200): "
               "on-demand 9.08 USD per GB200 Superchip-hour as of 17 March 2026; " + NVL72_POWER,
     "basis": "derived",
     "basisNote": "DERIVED: 9.08 per Superchip-hour / 2 GPUs per Superchip = 4.54 per GPU-hour; powerWattsPerGpu = 120 kW per rack / 72 GPUs = 1,667 W (rack draw includes Grace CPUs and NVLink switch trays).",
     "notes": "Per GPU of a GB200 NVL72 rack (one 72-GPU NVLink domain); Spheron rents Superchips, not single GPUs. 186 GB HBM3e per GPU as Spheron lists it (372 GB per Superchip). Regions not published."},
    {"id": "market/b300/on-demand", "provider": "Neocloud market (Ornn rental benchmark)", "instance": "B300 (HGX B300), single GPU on demand",
     "gpu": "B300", "gpuMemoryGb": 288, "pricing": "on-demand", "hourlyPerGpu": 5.00, "powerWattsPerGpu": 1400, "regions": [],
     "asOf": OBSERVED, "source": ORNN + ": B300 5.00 to 7.25 USD per hour (neocloud range); B300 1,400 W (awesomeagents.ai/hardware/nvidia-gb300-nvl72)",
     "basis": "quoted", "notes": "The low end of the quoted neocloud range (5.00-7.25); hyperscaler listings are higher. " + BOARD_NOTE + "."},
    {"id": "tensorwave/mi325x/on-demand", "provider": "TensorWave", "instance": "MI325X",
     "gpu": "MI325X", "gpuMemoryGb": 256, "pricing": "on-demand", "hourlyPerGpu": 1.95, "powerWattsPerGpu": 1000, "regions": ["US"],
     "asOf": "2026-05-18",
     "source": "Cliff Center research note 'AMD inference economics' (cliffcenter.com/research/amd-inference-economics, 2026-05-18): "
               "TensorWave MI325X at 1.95 USD per GPU-hour; board power 1,000 W (AMD Instinct MI325X specifications)",
     "basis": "quoted", "notes": "TensorWave's data centres are in the US. " + BOARD_NOTE + "."},
    {"id": "packet/rtx-pro-6000/on-demand", "provider": "packet.ai", "instance": "RTX PRO 6000 Blackwell (96 GB)",
     "gpu": "RTX PRO 6000", "gpuMemoryGb": 96, "pricing": "on-demand", "hourlyPerGpu": 0.66, "powerWattsPerGpu": 600, "regions": [],
     "asOf": "2026-06-01",
     "source": "packet.ai, 'GPU Pricing Models Compared 2026' (packet.ai/blog/gpu-pricing-models-compared): on-demand from 0.66 USD/hr "
               "(RTX 6000 Pro), figures as of June 2026; board power 600 W (NVIDIA RTX PRO 6000 Blackwell Server Edition specifications)",
     "basis": "quoted", "notes": "asOf is the first of June 2026 (the page gives the month only). A PCIe card without NVLink: "
                                 "multi-GPU replicas communicate over PCIe. " + BOARD_NOTE + "."},
    {"id": "purchase/b300", "provider": "Purchase (8-GPU HGX server)", "instance": "8x B300 server (EST)",
     "gpu": "B300", "gpuMemoryGb": 288, "pricing": "purchase", "capexPerGpu": 62625, "depreciationMonths": 48,
     "powerWattsPerGpu": 1400, "asOf": OBSERVED,
     "source": ORNN + ": B300 modules about 53,000 USD per chip; per-GPU server share from the 8x H100 server quote 2024 (310-317k) as for purchase/b200",
     "basis": "estimated",
     "basisNote": "EST: module ~53,000 (quoted) + 9,625 per-GPU server share taken from the H100 server (as purchase/b200) = 62,625; no B300 server quote found, so a lower bound.",
     "notes": "depreciationMonths 48 as the other purchases. " + BOARD_NOTE + "."},
    {"id": "purchase/gb200-nvl72", "provider": "Purchase (GB200 NVL72 rack)", "instance": "GB200 NVL72 rack, per GPU",
     "gpu": "GB200", "gpuMemoryGb": 186, "pricing": "purchase", "capexPerGpu": 47917, "depreciationMonths": 48,
     "powerWattsPerGpu": 1667, "asOf": OBSERVED, "source": ORNN + ": a full GB200 NVL72 rack (72 GPUs + 36 Grace CPUs) about 3.0 to 3.9 million USD; " + NVL72_POWER,
     "basis": "derived",
     "basisNote": "DERIVED: (3.0 + 3.9) / 2 million per rack / 72 GPUs = 47,917 per GPU (midpoint of the quoted range); powerWattsPerGpu = 120 kW / 72 = 1,667 W.",
     "notes": "The rack price includes Grace CPUs, NVLink switch trays and liquid-cooling manifolds, not the scale-out network or the facility's cooling plant."},
    {"id": "purchase/gb300-nvl72", "provider": "Purchase (GB300 NVL72 rack)", "instance": "GB300 NVL72 rack, per GPU",
     "gpu": "GB300", "gpuMemoryGb": 288, "pricing": "purchase", "capexPerGpu": 60417, "depreciationMonths": 48,
     "powerWattsPerGpu": 1667, "asOf": OBSERVED, "source": ORNN + ": a GB300 NVL72 rack about 3.7 to 5.0+ million USD; " + NVL72_POWER,
     "basis": "derived",
     "basisNote": "DERIVED: (3.7 + 5.0) / 2 million per rack / 72 GPUs = 60,417 per GPU (midpoint of the quoted range); powerWattsPerGpu = 120 kW / 72 = 1,667 W.",
     "notes": "As purchase/gb200-nvl72: rack-scale system price per GPU; excludes scale-out network and facility cooling."},
    {"id": "purchase/h100-ib", "provider": "Purchase (8-GPU HGX server with InfiniBand)", "instance": "8x H100 server with InfiniBand (2024 quote)",
     "gpu": "H100", "gpuMemoryGb": 80, "pricing": "purchase", "capexPerGpu": 48688, "depreciationMonths": 48,
     "powerWattsPerGpu": 1275, "networkingShare": 0.195, "asOf": "2026-11-25",
     "source": "8x H100 server quote 2024 (310-317k without, 366-413k with InfiniBand), as compiled in secondary price surveys 2025-2026; " + DGX_H,
     "basis": "derived",
     "basisNote": "DERIVED: capex = (366k + 413k) / 2 / 8 = 48,688 per GPU; networkingShare = 1 - (310k + 317k) / 2 / ((366k + 413k) / 2) = 1 - 313.5/389.5 = 0.195 (the InfiniBand part of the quote). " + SYSTEM_POWER["H100"][1] + ".",
     "notes": "The same server as purchase/h100 with its InfiniBand fabric share: networkingShare tells the cost model which part of the capex is networking. Installation share not published."},
]

def main():
    path = os.path.join(ROOT, "gpu-offers.json")
    d = json.load(open(path))
    for o in d["offers"]:
        system_power(o)
    have = {o["id"] for o in d["offers"]}
    for o in NEW:
        if o["id"] not in have:
            d["offers"].append(o)
    open(path, "w").write(json.dumps(d, indent=2, ensure_ascii=False) + "\n")

main()
