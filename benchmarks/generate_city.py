#!/usr/bin/env python3
"""A city's monthly monitoring as one plancheck figures table (CSV), generated.

The Shapingba report publishes about 5,036 indicators for one district; a city
monitors every district's: by default 38 districts (Chongqing's district-level
units) x 5,036 indicators, each with 12 monthly actuals for 2026 and one annual
target for 2026, 2,487,784 rows. The mix of natures follows a planning
office's monitoring: flows whose months sum (investment, jobs, revenue),
stocks and rates whose latest month counts (enterprises, population,
unemployment), and year-to-date growth rates; levels in 亿元, 万元, 人, 个, %.
Targets use >= (以上), <= (以内), about (左右) and = comparators.

Deterministic: the same options give the same bytes (random.Random(seed)).

    benchmarks/generate_city.py --output city.csv [--districts 38] [--indicators 5036] [--seed 15]
"""

import argparse
import random
import sys

# Chongqing's 38 district-level units (26 districts, 8 counties, 4 autonomous counties).
DISTRICTS = [
    "万州区", "涪陵区", "渝中区", "大渡口区", "江北区", "沙坪坝区", "九龙坡区", "南岸区", "北碚区", "綦江区",
    "大足区", "渝北区", "巴南区", "黔江区", "长寿区", "江津区", "合川区", "永川区", "南川区", "璧山区",
    "铜梁区", "潼南区", "荣昌区", "开州区", "梁平区", "武隆区", "城口县", "丰都县", "垫江县", "忠县",
    "云阳县", "奉节县", "巫山县", "巫溪县", "石柱土家族自治县", "秀山土家族苗族自治县",
    "酉阳土家族苗族自治县", "彭水苗族土家族自治县",
]

# The report's sections of a district: number within the district, title.
TOPICS = [
    "经济运行", "扩大有效投资", "促进消费", "稳定就业", "财政金融", "生态环境", "民生保障", "安全生产",
]

# Kinds of indicator: (name, English name, nature, unit, decimals, monthly level,
# target comparator, measure, direction, weight in the mix).
KINDS = [
    ("固定资产投资", "Fixed-asset investment", "flow", "亿元", 2, 3.0, "以上", "level", "", 14),
    ("社会消费品零售总额", "Retail sales", "flow", "亿元", 2, 8.0, "以上", "level", "", 10),
    ("一般公共预算收入", "General budget revenue", "flow", "万元", 0, 5200.0, "以上", "level", "", 10),
    ("新增城镇就业", "New urban jobs", "flow", "人", 0, 850.0, "=", "level", "", 10),
    ("新增市场主体", "New market entities", "flow", "个", 0, 120.0, "以上", "level", "", 8),
    ("综合能耗", "Energy consumption", "flow", "万元", 0, 900.0, "以内", "level", "lower_is_better", 6),
    ("市场主体总数", "Market entities", "stock", "个", 0, 40000.0, "以上", "level", "", 8),
    ("常住人口", "Resident population", "stock", "人", 0, 600000.0, "左右", "level", "", 6),
    ("城镇调查失业率", "Surveyed unemployment rate", "rate", "%", 1, 5.2, "以内", "level", "lower_is_better", 8),
    ("空气质量优良天数比率", "Share of good air days", "rate", "%", 1, 88.0, "左右", "level", "", 8),
    ("规模以上工业增加值增速", "Industrial value added growth", "", "%", 1, 6.0, "左右", "growth", "", 12),
]

HEADER = [
    "id", "indicator", "section", "section_title", "name_zh", "name_en", "role", "period", "measure",
    "comparator", "value", "unit", "quote", "nature", "direction",
]


def fmt(value, decimals):
    return f"{value:.{decimals}f}"


def generate(out, districts, indicators, seed):
    rng = random.Random(seed)
    weights = [k[9] for k in KINDS]
    write = out.write
    write(",".join(HEADER) + "\n")
    rows = 0
    for d in range(districts):
        district = DISTRICTS[d % len(DISTRICTS)] + (str(d // len(DISTRICTS) + 1) if d >= len(DISTRICTS) else "")
        part = d + 1
        titled = set()
        kinds = rng.choices(KINDS, weights=weights, k=indicators)
        for i in range(indicators):
            name, name_en, nature, unit, decimals, level, cmp, measure, direction, _ = kinds[i]
            topic = i % len(TOPICS)
            section = f"{part}.{topic + 1}"
            # The first row of a section titles it and its district.
            title = ""
            if section not in titled:
                titled.add(section)
                title = f"{district} › {TOPICS[topic]}"
            ind = f"d{part:02d}.i{i + 1:04d}"
            name_zh = f"{name}（第{i + 1}项）"
            label = f"{name_en} (item {i + 1})"
            scale = level * rng.uniform(0.3, 3.0) if nature != "rate" and measure == "level" else level
            common = f"{ind},{section},"
            tail_ctx = f",{name_zh},{label},"
            # The annual target for 2026, first, as a report states it.
            if measure == "growth":
                target = round(level + rng.uniform(-1.0, 1.0), 1)
                tvalue = fmt(target, 1)
            elif nature == "flow":
                tvalue = fmt(scale * 12 * rng.uniform(0.9, 1.1), decimals)
            else:
                tvalue = fmt(scale * rng.uniform(0.95, 1.05), decimals)
            words = {"以上": "以上", "以内": "以内", "左右": "左右", "=": ""}[cmp]
            quote = f"全年{name}{'增长' if measure == 'growth' else ''}{tvalue}{unit}{words}"
            write(f"{ind}.{measure}.2026,{common}{title}{tail_ctx}target,2026,{measure},{cmp},{tvalue},{unit},"
                  f"{quote},{nature},{direction}\n")
            rows += 1
            # Twelve monthly actuals: a flow's month, a stock's or rate's month-end
            # level, or a growth rate for the year to date.
            for m in range(1, 13):
                if measure == "growth":
                    period = "2026-01" if m == 1 else f"2026-01..2026-{m:02d}"
                    value = fmt(level + rng.uniform(-2.0, 2.0), 1)
                    fid = f"{ind}.growth.2026ytd{m:02d}"
                else:
                    period = f"2026-{m:02d}"
                    spread = 0.03 if nature == "rate" else 0.15  # a rate stays near its level (and below 100 %)
                    value = fmt(scale * rng.uniform(1 - spread, 1 + spread), decimals)
                    fid = f"{ind}.level.{period}"
                write(f"{fid},{common}{tail_ctx}actual,{period},{measure},=,{value},{unit},,{nature},{direction}\n")
                rows += 1
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--districts", type=int, default=38, help="number of districts (default 38)")
    ap.add_argument("--indicators", type=int, default=5036, help="indicators per district (default 5036)")
    ap.add_argument("--seed", type=int, default=15, help="random seed (default 15)")
    ap.add_argument("--output", "-o", default="-", help="output file (default standard output)")
    args = ap.parse_args(argv)
    if args.districts < 1 or args.indicators < 1 or args.indicators > 9999:
        ap.error("--districts must be 1 or more, --indicators 1 to 9999")
    if args.output == "-":
        rows = generate(sys.stdout, args.districts, args.indicators, args.seed)
    else:
        with open(args.output, "w", encoding="utf-8", newline="", buffering=1 << 20) as out:
            rows = generate(out, args.districts, args.indicators, args.seed)
    print(f"generate_city: {rows} rows ({args.districts} districts x {args.indicators} indicators x 13)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
