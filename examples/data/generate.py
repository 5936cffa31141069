#!/usr/bin/env python3
"""Writes the example data sets of libtotuo into this folder.

Each data set reproduces the published totals of one source document in
../shared/seeds (see README.md here for which figure comes from where).
Where a document gives only a total, the split across streets, townships
and institutions is made up here, deterministically (fixed seeds), so that
the totals come out exactly. The sample district is wholly synthetic.

Run:  python3 examples/data/generate.py   (standard library only)
"""

import csv
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

REGION_COLUMNS = ["code", "name", "level", "parent", "population", "under3",
                  "kindergartens", "lat", "lon"]
INST_COLUMNS = ["id", "name", "region", "kind", "ownership", "inclusive", "places",
                "enrolled", "status", "modes", "monthly_fee", "staff",
                "certified_staff", "health_manager", "lat", "lon"]
# The Chinese headers a spreadsheet export would carry (docs/formats.md).
INST_COLUMNS_ZH = ["机构编号", "机构名称", "所属区划代码", "机构类型", "举办性质", "是否普惠",
                   "托位数", "在托人数", "登记备案状态", "服务模式", "月收费", "从业人员数",
                   "持证人员数", "健康管理员", "纬度", "经度"]


def split(total, n, rng, minimum=0, weights=None):
    """n non-negative integers >= minimum that add up to total exactly."""
    assert total >= minimum * n
    if weights is None:
        weights = [rng.uniform(0.5, 1.5) for _ in range(n)]
    spare = total - minimum * n
    raw = [spare * w / sum(weights) for w in weights]
    parts = [int(x) for x in raw]
    # Hand the remainder to the largest fractional parts.
    order = sorted(range(n), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in order[: spare - sum(parts)]:
        parts[i] += 1
    return [p + minimum for p in parts]


def write(name, columns, rows, header=None):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header or columns)
        for row in rows:
            w.writerow(["" if row.get(c) is None else row[c] for c in columns])


def region(code, name, level, parent=None, **figures):
    return dict(code=code, name=name, level=level, parent=parent, **figures)


def inst(id_, name, region_code, kind, ownership, places, **extra):
    row = dict(id=id_, name=name, region=region_code, kind=kind, ownership=ownership,
               inclusive="false", places=places, status="none", health_manager="false")
    row.update(extra)
    return row


# ---- Kaizhou district, Chongqing (seed 000) ---------------------------------

KAIZHOU_STREETS = ["汉丰街道", "文峰街道", "云枫街道", "镇东街道", "丰乐街道", "白鹤街道", "赵家街道"]
KAIZHOU_TOWNSHIPS = ["大德镇", "镇安镇", "厚坝镇", "金峰镇", "温泉镇", "郭家镇", "白桥镇", "和谦镇",
                     "河堰镇", "大进镇", "谭家镇", "敦好镇", "高桥镇", "九龙山镇", "天和镇", "中和镇",
                     "义和镇", "临江镇", "竹溪镇", "铁桥镇", "南雅镇", "巫山镇", "岳溪镇", "长沙镇",
                     "南门镇", "渠口镇", "满月乡", "关面乡", "白泉乡", "麻柳乡", "紫水乡", "三汇口乡",
                     "五通乡"]


def kaizhou():
    rng = random.Random(154)
    regions = [region("500154", "开州区", "district", population=1284182, under3=26876)]
    # The three central streets hold 10,747 of the children under three.
    street_under3 = {"汉丰街道": 4512, "文峰街道": 3386, "云枫街道": 2849}
    streets = []
    for k, name in enumerate(KAIZHOU_STREETS):
        code = "500154%03d" % (k + 1)
        streets.append(code)
        regions.append(region(code, name, "street", "500154", under3=street_under3.get(name)))
    townships = []
    for k, name in enumerate(KAIZHOU_TOWNSHIPS):
        code = "500154%03d" % (100 + k + 1)
        townships.append(code)
        regions.append(region(code, name, "township", "500154"))
    write("kaizhou-regions.csv", REGION_COLUMNS, regions)

    # 4 private nurseries and 51 private kindergartens (40 in streets, 11 in
    # townships), 1,514 places; all 4 nurseries and 14 kindergartens filed.
    places = split(1514, 55, rng, minimum=10)
    rows = []
    for k in range(4):
        rows.append(inst("KZ-N%02d" % (k + 1), "开州民营托育机构%d" % (k + 1), streets[k % 3],
                         "nursery", "private", places[k], status="filed",
                         modes="full_day|half_day|hourly"))
    kg_regions = [streets[k % 7] for k in range(40)] + rng.sample(townships, 11)
    for k, code in enumerate(kg_regions):
        rows.append(inst("KZ-K%02d" % (k + 1), "开州民办幼儿园%d" % (k + 1), code,
                         "kindergarten", "private", places[4 + k],
                         status="filed" if k < 14 else "registered", modes="full_day"))
    zh_rows = []
    for row in rows:  # this file uses Chinese headers and values, as exported
        zh = dict(row)
        zh["kind"] = {"nursery": "托育机构", "kindergarten": "幼儿园托班"}[row["kind"]]
        zh["ownership"] = "民办"
        zh["status"] = {"filed": "已备案", "registered": "已登记"}[row["status"]]
        zh["modes"] = row["modes"].replace("full_day", "全日托").replace(
            "half_day", "半日托").replace("hourly", "计时托").replace("|", "、")
        zh["inclusive"] = "否"
        zh["health_manager"] = "否"
        zh_rows.append(zh)
    write("kaizhou-institutions.csv", INST_COLUMNS, zh_rows, header=INST_COLUMNS_ZH)


# ---- Taizhou city, Zhejiang (seed 001) ---------------------------------------

TAIZHOU_COUNTIES = ["椒江区", "黄岩区", "路桥区", "临海市", "温岭市", "玉环市", "天台县", "仙居县", "三门县"]


def taizhou():
    rng = random.Random(3310)
    # Population is an assumption: the document gives 3.30 places per 1,000.
    regions = [region("331000", "台州市", "city", population=6662000)]
    streets, townships = [], []
    for c, county in enumerate(TAIZHOU_COUNTIES):
        ccode = "3310%02d" % (c + 1)
        regions.append(region(ccode, county, "district", "331000"))
        for k in range(7):  # 63 streets
            code = "%s%03d" % (ccode, k + 1)
            streets.append(code)
            regions.append(region(code, "%s街道%d" % (county, k + 1), "street", ccode))
    # 66 townships, 52 of them with an institution: coverage 78.8%, "79%".
    for k in range(66):
        ccode = "3310%02d" % (k % 9 + 1)
        code = "%s%03d" % (ccode, 100 + k // 9 + 1)
        townships.append(code)
        regions.append(region(code, "%s乡镇%d" % (TAIZHOU_COUNTIES[k % 9], k // 9 + 1),
                              "township", ccode))
    write("taizhou-regions.csv", REGION_COLUMNS, regions)

    covered = rng.sample(townships, 52)
    where = covered + [streets[k % 63] for k in range(446 - 52)]
    # 353 inclusive institutions hold 15,317 of the 22,015 places.
    inclusive_places = split(15317, 353, rng, minimum=8)
    other_places = split(22015 - 15317, 446 - 353, rng, minimum=8)
    rows = []
    for k in range(446):
        inclusive = k < 353
        if k < 45:
            kind, owner = "kindergarten", "public"       # 45 public kindergartens
        elif k < 52:
            kind, owner = "nursery", "public"            # 7 public nurseries
        else:
            kind = rng.choice(["nursery", "kindergarten", "community", "family", "employer"])
            owner = rng.choice(["private", "private", "mixed"])
        places = inclusive_places[k] if inclusive else other_places[k - 353]
        rows.append(inst("TZ%04d" % (k + 1), "台州托育机构%d" % (k + 1), where[k], kind, owner,
                         places, inclusive="true" if inclusive else "false",
                         status="filed", modes="full_day"))
    write("taizhou-institutions.csv", INST_COLUMNS, rows)


# ---- Chengdu city, Sichuan (seed 002) ----------------------------------------

CHENGDU_DISTRICTS = ["锦江区", "青羊区", "金牛区", "武侯区", "成华区", "龙泉驿区", "青白江区", "新都区",
                     "温江区", "双流区", "郫都区", "新津区", "金堂县", "大邑县", "蒲江县", "都江堰市",
                     "彭州市", "邛崃市", "崇州市", "简阳市"]


def chengdu():
    rng = random.Random(5101)
    # Population and children under three are assumptions chosen so that the
    # ratio (3.56 per 1,000) and the enrollment rate (7.17%) come out.
    regions = [region("510100", "成都市", "city", population=21268000, under3=560000)]
    codes = []
    for k, name in enumerate(CHENGDU_DISTRICTS):
        code = "5101%02d" % (k + 1)
        codes.append(code)
        regions.append(region(code, name, "district", "510100"))
    write("chengdu-regions.csv", REGION_COLUMNS, regions)

    # 1,609 institutions: 804 registered, of which 341 filed; 75,714 places;
    # 40,152 children enrolled; every filed institution has a health manager.
    places = split(75714, 1609, rng, minimum=20)
    enrolled = split(40152, 1609, rng, weights=places)
    rows = []
    for k in range(1609):
        status = "filed" if k < 341 else ("registered" if k < 804 else "none")
        rows.append(inst("CD%05d" % (k + 1), "成都托育机构%d" % (k + 1), codes[k % 20],
                         rng.choice(["nursery", "nursery", "kindergarten", "community", "family"]),
                         rng.choice(["private", "private", "public", "mixed"]), places[k],
                         enrolled=min(enrolled[k], places[k]), status=status,
                         health_manager="true" if status == "filed" else "false"))
    # min() above may have trimmed a few children: put them back where there is room.
    missing = 40152 - sum(r["enrolled"] for r in rows)
    for r in rows:
        room = r["places"] - r["enrolled"]
        take = min(room, missing)
        r["enrolled"] += take
        missing -= take
    assert missing == 0
    write("chengdu-institutions.csv", INST_COLUMNS, rows)


# ---- Wuhan city, Hubei (seed 004) --------------------------------------------

WUHAN_DISTRICTS = ["江岸区", "江汉区", "硚口区", "汉阳区", "武昌区", "青山区", "洪山区", "东西湖区",
                   "汉南区", "蔡甸区", "江夏区", "黄陂区", "新洲区"]


def wuhan():
    rng = random.Random(4201)
    regions = [region("420100", "武汉市", "city")]
    codes = []
    for k, name in enumerate(WUHAN_DISTRICTS):
        code = "4201%02d" % (k + 2)
        codes.append(code)
        regions.append(region(code, name, "district", "420100"))
    write("wuhan-regions.csv", REGION_COLUMNS, regions)

    # 150 nurseries with 7,985 places, 213 kindergartens with 3,797, and 11
    # employer-run and industrial-park institutions with 341; 328 of the 374
    # are inclusive (monthly fee under 3,000 yuan).
    groups = [("nursery", 150, 7985), ("kindergarten", 213, 3797), ("employer", 11, 341)]
    rows = []
    for kind, n, total in groups:
        for places in split(total, n, rng, minimum=5):
            rows.append(dict(kind=kind, places=places))
    rng.shuffle(rows)
    out = []
    for k, row in enumerate(rows):
        inclusive = k < 328
        fee = rng.randrange(1200, 2999, 50) if inclusive else rng.randrange(3000, 6800, 100)
        out.append(inst("WH%03d" % (k + 1), "武汉托育机构%d" % (k + 1), codes[k % 13],
                        row["kind"], rng.choice(["public", "private", "mixed"]), row["places"],
                        inclusive="true" if inclusive else "false", monthly_fee=fee,
                        status="filed"))
    write("wuhan-institutions.csv", INST_COLUMNS, out)


# ---- Dazu district, Chongqing: the 2022 baseline (seed 003) ------------------

DAZU_STREETS = ["龙岗街道", "棠香街道", "龙滩子街道", "智凤街道", "宝顶街道", "龙水街道"]


def dazu():
    rng = random.Random(5001)
    # Population (830,000) and kindergartens (150) are assumptions; the plan
    # gives the ratios: 2 places per 1,000, 30% utilisation, 50% of streets
    # with an inclusive institution, 20% of kindergartens offering care, 50%
    # of staff certified.
    regions = [region("500111", "大足区", "district", population=830000)]
    streets = []
    for k, name in enumerate(DAZU_STREETS):
        code = "500111%03d" % (k + 1)
        streets.append(code)
        regions.append(region(code, name, "street", "500111", kindergartens=12))
    townships = []
    for k in range(21):
        code = "500111%03d" % (100 + k + 1)
        townships.append(code)
        regions.append(region(code, "大足区镇%d" % (k + 1), "township", "500111",
                              kindergartens=(150 - 72) // 21 + (1 if k < (150 - 72) % 21 else 0)))
    write("dazu-regions.csv", REGION_COLUMNS, regions)

    # 48 institutions: 30 kindergartens with classes, 12 nurseries, 6 community
    # points; 1,660 places, 498 enrolled; 240 staff, 120 certified.
    kinds = ["kindergarten"] * 30 + ["nursery"] * 12 + ["community"] * 6
    places = split(1660, 48, rng, minimum=10)
    enrolled = split(498, 48, rng, weights=places)
    staff = split(240, 48, rng, minimum=2)
    certified = [s // 2 for s in staff]
    for k in range(48):  # hand out what halving rounded away, within each staff
        if sum(certified) == 120:
            break
        if certified[k] < staff[k]:
            certified[k] += 1
    assert sum(certified) == 120
    # Inclusive institutions stand in 3 of the 6 streets.
    rows = []
    for k, kind in enumerate(kinds):
        if k < 3:
            code, inclusive = streets[k], "true"
        elif k < 20:
            code, inclusive = streets[k % 6], "false"
        else:
            code, inclusive = townships[k % 21], "false"
        rows.append(inst("DZ%03d" % (k + 1), "大足托育机构%d" % (k + 1), code, kind,
                         "private", places[k], inclusive=inclusive, enrolled=enrolled[k],
                         staff=staff[k], certified_staff=certified[k], status="filed"))
    write("dazu-institutions.csv", INST_COLUMNS, rows)


# ---- The sample district (wholly synthetic) ----------------------------------

SAMPLE_STREETS = ["东城街道", "西城街道", "南湖街道", "北山街道", "新华街道", "光明街道", "和平街道", "文昌街道"]
SAMPLE_TOWNSHIPS = ["青石镇", "白沙镇", "柳林镇", "金桥镇", "梅岭镇", "石门镇", "桃源镇", "松溪镇",
                    "凤凰乡", "龙泉乡", "云台乡", "双河乡"]


def sample():
    rng = random.Random(2024)
    # Code prefix 99 belongs to no real province: this district does not exist.
    regions = [region("990101", "示例区(虚构)", "district", population=820000,
                      lat=30.50, lon=114.30)]
    units = []
    for k, name in enumerate(SAMPLE_STREETS):
        code = "990101%03d" % (k + 1)
        pop = rng.randrange(50000, 80000, 100)
        units.append((code, "street", pop))
        regions.append(region(code, name, "street", "990101", population=pop,
                              under3=int(pop * rng.uniform(0.018, 0.024)),
                              kindergartens=rng.randint(3, 7),
                              lat=round(30.50 + rng.uniform(-0.05, 0.05), 5),
                              lon=round(114.30 + rng.uniform(-0.05, 0.05), 5)))
        for c in range(2):
            ccode = "%s%03d" % (code, c + 1)
            regions.append(region(ccode, "%s第%d社区" % (name[:-2], c + 1), "community", code))
    rest = 820000 - sum(u[2] for u in units)
    pops = split(rest, len(SAMPLE_TOWNSHIPS), rng, minimum=6000)
    for k, name in enumerate(SAMPLE_TOWNSHIPS):
        code = "990101%03d" % (100 + k + 1)
        units.append((code, "township", pops[k]))
        regions.append(region(code, name, "township", "990101", population=pops[k],
                              under3=int(pops[k] * rng.uniform(0.020, 0.028)),
                              kindergartens=rng.randint(1, 4),
                              lat=round(30.50 + rng.uniform(-0.3, 0.3), 5),
                              lon=round(114.30 + rng.uniform(-0.3, 0.3), 5)))
    write("sample-regions.csv", REGION_COLUMNS, regions)

    kinds = (["nursery"] * 45 + ["kindergarten"] * 50 + ["employer"] * 10 +
             ["community"] * 25 + ["family"] * 15 + ["other"] * 5)
    sizes = {"nursery": (20, 60), "kindergarten": (8, 25), "employer": (15, 40),
             "community": (6, 20), "family": (3, 5), "other": (5, 15)}
    rows = []
    street_codes = [u[0] for u in units if u[1] == "street"]
    township_codes = [u[0] for u in units if u[1] == "township"]
    for k, kind in enumerate(kinds):
        # Streets get most institutions; 3 townships get none.
        if rng.random() < 0.7:
            code = rng.choice(street_codes)
            if rng.random() < 0.4:
                code += "%03d" % rng.randint(1, 2)   # some sit in a community
        else:
            code = rng.choice(township_codes[:9])
        places = rng.randint(*sizes[kind])
        owner = rng.choice(["public", "private", "private", "mixed"])
        inclusive = owner != "private" or rng.random() < 0.45
        status = rng.choices(["filed", "registered", "none"], [0.6, 0.3, 0.1])[0]
        staff = max(2, places // 5 + rng.randint(0, 4))
        modes = "|".join(m for m in ["full_day", "half_day", "hourly", "temporary"]
                         if m == "full_day" or rng.random() < 0.35)
        rows.append(inst("SD%03d" % (k + 1), "示例%s%d" % (
            {"nursery": "托育园", "kindergarten": "幼儿园", "employer": "单位托育点",
             "community": "社区托育点", "family": "家庭托育点", "other": "托育服务点"}[kind],
            k + 1), code, kind, owner, places,
            inclusive="true" if inclusive else "false",
            enrolled=int(places * rng.uniform(0.35, 0.95)), status=status, modes=modes,
            monthly_fee=rng.randrange(1500, 2900, 100) if inclusive else rng.randrange(3000, 6000, 100),
            staff=staff, certified_staff=int(staff * rng.uniform(0.5, 1.0)),
            health_manager="true" if status == "filed" and rng.random() < 0.85 else "false",
            lat=round(30.50 + rng.uniform(-0.3, 0.3), 5),
            lon=round(114.30 + rng.uniform(-0.3, 0.3), 5)))
    write("sample-institutions.csv", INST_COLUMNS, rows)
    sample_years(rows)


def sample_years(rows_2024):
    """The sample district in 2022 and 2023, and its plan for 2023-2025.

    Earlier years hold fewer of the 2024 institutions, smaller and less
    often inclusive, filed or certified; the plan is modelled on Dazu's."""
    rng = random.Random(2022)
    years = {2024: rows_2024}
    for year, keep in ((2023, 0.82), (2022, 0.62)):
        rows = []
        for row in years[year + 1]:
            if rng.random() > keep:
                continue
            row = dict(row)
            row["places"] = max(3, int(row["places"] * rng.uniform(0.85, 1.0)))
            row["enrolled"] = min(row["enrolled"], int(row["places"] * rng.uniform(0.3, 0.8)))
            if row["inclusive"] == "true" and rng.random() < 0.3:
                row["inclusive"] = "false"
            if row["status"] == "filed" and rng.random() < 0.3:
                row["status"] = "registered"
                row["health_manager"] = "false"
            row["certified_staff"] = int(row["staff"] * rng.uniform(0.4, 0.8))
            rows.append(row)
        years[year] = rows
        write("sample-%d-institutions.csv" % year, INST_COLUMNS, rows)

    def share(rows, test, weight=lambda r: 1):
        total = sum(weight(r) for r in rows)
        return 100.0 * sum(weight(r) for r in rows if test(r)) / total

    base = years[2022]
    per_1000 = sum(r["places"] for r in base) / 820000 * 1000
    inclusive = share(base, lambda r: r["inclusive"] == "true", lambda r: r["places"])
    filed = share(base, lambda r: r["status"] == "filed")
    certified = 100.0 * sum(r["certified_staff"] for r in base) / sum(r["staff"] for r in base)
    added = [sum(r["places"] for r in years[y]) - sum(r["places"] for r in years[y - 1])
             for y in (2023, 2024)]
    plan = """# A three-year plan for the sample district (synthetic), modelled on
# Dazu's 2023-2025 action plan (seed 003). Baselines are the 2022 figures
# of sample-2022-institutions.csv, rounded as a plan would state them.

[plan]
name=示例区3岁以下婴幼儿照护服务能力提升三年行动(虚构)
region=990101
start=2023
end=2025
baseline_year=2022

[target 1]
indicator=places_per_1000
name=每千人口拥有3岁以下婴幼儿托位数(个)
baseline=%.1f
target=4.5
comparator=>=
attribute=预期性

[target 2]
indicator=inclusive_share
name=普惠性托位数占比(%%)
baseline=%.0f
target=80
comparator=>=
attribute=预期性

[target 3]
indicator=filing_rate
name=托育机构备案率(%%)
baseline=%.0f
target=80
comparator=>=
attribute=约束性

[target 4]
indicator=certified_staff_rate
name=从业人员持证上岗率(%%)
baseline=%.0f
target=90
comparator=>
attribute=预期性

[target 5]
indicator=street_coverage
name=街道托育机构覆盖率(%%)
baseline=100
target=100
comparator=>=
attribute=预期性

[target 6]
indicator=parents_knowledge
name=婴幼儿家长科学育儿知识普及率(%%)
unit=%%
baseline=—
target=90
comparator=>
attribute=预期性

[target 7]
indicator=guidance_centres
name=建成婴幼儿照护服务指导中心(个)
unit=个
baseline=0
target=1
comparator=>=
attribute=预期性

[task 1]
name=新增托位
year=2023
planned=1000
achieved=%d

[task 2]
name=新增托位
year=2024
planned=1000
achieved=%d
""" % (per_1000, inclusive, filed, certified, added[0], added[1])
    with open(os.path.join(HERE, "sample-plan.ini"), "w", encoding="utf-8") as f:
        f.write(plan)
    # What no registry holds: a parents' survey and the guidance centre.
    write("sample-observations.csv", ["indicator", "region", "year", "value"], [
        dict(indicator="parents_knowledge", region="990101", year=2023, value=72.5),
        dict(indicator="parents_knowledge", region="990101", year=2024, value=80.1),
        dict(indicator="guidance_centres", region="990101", year=2023, value=0),
        dict(indicator="guidance_centres", region="990101", year=2024, value=1),
    ])


def sample_demand():
    """Where the sample district's children live: residential compounds (小区),
    its children under three split among them, for the spatial-access
    example. Institutions open where families live, so most compounds lie
    within a kilometre of one of their street's or township's institutions,
    and the rest around its centre, where none may be near. Its own random
    seed, so that the other files stay as they are."""
    rng = random.Random(2026)
    with open(os.path.join(HERE, "sample-regions.csv"), encoding="utf-8") as f:
        units = [r for r in csv.DictReader(f) if r["level"] in ("street", "township")]
    with open(os.path.join(HERE, "sample-institutions.csv"), encoding="utf-8") as f:
        insts = list(csv.DictReader(f))
    rows = []
    for u in units:
        urban = u["level"] == "street"
        n = rng.randint(8, 14) if urban else rng.randint(5, 9)
        near = [i for i in insts if i["region"][:9] == u["code"]]
        children = split(int(u["under3"]), n, rng, minimum=3)
        residents = split(int(u["population"]), n, rng, minimum=200)
        for k in range(n):
            if near and rng.random() < (0.8 if urban else 0.5):
                anchor, spread = rng.choice(near), 0.008
            else:
                anchor, spread = u, 0.02 if urban else 0.05
            rows.append({"id": "%s-%02d" % (u["code"], k + 1), "region": u["code"],
                         "lat": "%.5f" % (float(anchor["lat"]) + rng.uniform(-spread, spread)),
                         "lon": "%.5f" % (float(anchor["lon"]) + rng.uniform(-spread, spread)),
                         "under3": children[k], "residents": residents[k]})
    write("sample-demand.csv", ["id", "region", "lat", "lon", "under3", "residents"], rows)


if __name__ == "__main__":
    kaizhou()
    taizhou()
    chengdu()
    wuhan()
    dazu()
    sample()
    sample_demand()
