#!/usr/bin/env python3
"""Writes tests/registries/corpus/: the sample district's registry
(examples/data/sample-regions.csv and sample-institutions.csv) as 48
offices might export it, each a folder with regions.* and institutions.*:

  encodings and separators  UTF-8, UTF-8 with BOM, GB18030, UTF-16 with BOM
                            and tabs (Excel's "Unicode text"), semicolons,
                            tabs, .xlsx workbooks (title rows, a cover
                            sheet, a totals row), and four legacy .xls
                            workbooks (written with python3-xlwt)
  headers                   English ids, the usual Chinese names, the names
                            filing systems export (with units, 常住人口 in
                            万人), and Chinese names with full-width brackets,
                            padding and line breaks
  words                     English ids, Chinese names, other words (托育中心,
                            公立, √/×, 已登记未备案 ...)
  numbers                   plain, with units and thousands separators
                            (54个, "2,500元"), in full-width digits
  regions                   by code, or by name

Each loads to the same dataset as the clean files; test_registries.py checks
that. Standard library only, but for xlwt for the .xls ones; run it again
after changing it:

    python3 tests/registries/make-corpus.py
"""
import csv
import io
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "examples", "data"))
sys.path.insert(0, HERE)
from importlib import import_module  # noqa: E402

workbooks = import_module("make-workbooks")

REGION_HEADERS = [
    ["code", "name", "level", "parent", "population", "under3", "kindergartens", "lat", "lon"],
    ["区划代码", "名称", "层级", "上级代码", "常住人口", "3岁以下婴幼儿数", "幼儿园数", "纬度", "经度"],
    ["行政区划代码", "区划名称", "区划级别", "上级区划代码", "常住人口（万人）",
     "3岁以下婴幼儿数（人）", "幼儿园数量（所）", "纬度", "经度"],
    [" 区划代码 ", "名　称", "层级", "上级\n代码", "常住人口（人）", "3岁以下婴幼儿数", "幼儿园数",
     "纬度（度）", "经度"],
]
INST_HEADERS = [
    ["id", "name", "region", "kind", "ownership", "inclusive", "places", "enrolled", "status",
     "modes", "monthly_fee", "staff", "certified_staff", "health_manager", "lat", "lon"],
    ["机构编号", "机构名称", "所属区划代码", "机构类型", "举办性质", "是否普惠", "托位数", "在托人数",
     "登记备案状态", "服务模式", "月收费", "从业人员数", "持证人员数", "健康管理员", "纬度", "经度"],
    ["统一社会信用代码", "托育机构名称", "所属区划", "托育机构类型", "办托性质", "是否为普惠托育机构",
     "核定托位数（个）", "在托婴幼儿数（人）", "备案状态", "托育服务方式", "月收费标准（元/月）",
     "工作人员数（人）", "持证上岗人数", "是否配备健康管理员", "纬度", "经度"],
    ["机构编号", "机构名称", "所属区划代码", "机构类型", "举办性质", "是否普惠", "托位数（个）",
     "在托人数（人）", "登记备案\n状态", "服务模式", "月收费（元）", "从业人员数", "持证人员数",
     "健康管理员", "纬度", "经度"],
]

WORDS = {
    "level": [{}, {"district": "区县", "street": "街道", "township": "乡镇", "community": "社区"},
              {"district": "区", "street": "街道", "township": "镇", "community": "社区"}],
    "kind": [{}, {"nursery": "托育机构", "kindergarten": "托幼一体", "employer": "用人单位办托",
                  "community": "社区托育点", "family": "家庭托育点", "other": "其他"},
             {"nursery": "托育中心", "kindergarten": "幼儿园托班", "employer": "单位办托",
              "community": "社区托育服务点", "family": "家庭式托育", "other": "其它"}],
    "ownership": [{}, {"public": "公办", "private": "民办", "mixed": "公建民营", "unknown": "未知"},
                  {"public": "公立", "private": "私立", "mixed": "国有民营", "unknown": "不详"}],
    "bool": [{}, {"true": "是", "false": "否"}, {"true": "√", "false": "×"}],
    "status": [{}, {"none": "未登记", "registered": "登记", "filed": "备案"},
               {"none": "未登记未备案", "registered": "已登记未备案", "filed": "已登记已备案"}],
    "mode": [{}, {"full_day": "全日托", "half_day": "半日托", "hourly": "计时托",
                  "temporary": "临时托"},
             {"full_day": "全日托", "half_day": "半日托", "hourly": "计时托",
              "temporary": "临时托"}],
}
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "utf-16-tab", "utf-8-semicolon", "utf-8-tab",
             "xlsx"]


def read(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return list(csv.reader(f))


def word(table, style, value):
    return WORDS[table][style].get(value, value)


def number(value, style, unit, thousands=False):
    if value == "":
        return value
    if style == 1:
        if thousands and value.isdigit() and int(value) >= 1000:
            value = "{:,}".format(int(value))
        return value + unit
    if style == 2:
        return value.translate(FULL_WIDTH)
    return value


def regions_rows(rows, header_style, words, numbers):
    out = [REGION_HEADERS[header_style]]
    for code, name, level, parent, population, under3, kg, lat, lon in rows[1:]:
        if header_style == 2 and population:
            population = ("%.4f" % (int(population) / 10000)).rstrip("0").rstrip(".")
        out.append([code, name, word("level", words, level), parent,
                    number(population, numbers if header_style != 2 else 0, "人"),
                    number(under3, numbers, "人"), number(kg, numbers, "所"), lat, lon])
    return out


def institutions_rows(rows, header_style, words, numbers, by_name, names):
    out = [INST_HEADERS[header_style]]
    for r in rows[1:]:
        (iid, name, region, kind, own, inclusive, places, enrolled, status, modes, fee, staff,
         certified, health, lat, lon) = r
        if by_name:
            region = names[region]
        modes = "、".join(word("mode", words, m) for m in modes.split("|")) if words and modes \
            else modes
        out.append([iid, name, region, word("kind", words, kind), word("ownership", words, own),
                    word("bool", words, inclusive), number(places, numbers, "个"),
                    number(enrolled, numbers, "人"), word("status", words, status), modes,
                    number(fee, numbers, "元", thousands=True), number(staff, numbers, "人"),
                    number(certified, numbers, "人"), word("bool", words, health), lat, lon])
    return out


def write_text(path, rows, encoding):
    sep = ";" if encoding.endswith("semicolon") else "\t" if encoding.endswith("tab") else ","
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=sep, lineterminator="\r\n").writerows(rows)
    text = buffer.getvalue()
    if encoding == "utf-16-tab":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif encoding == "utf-8-sig":
        data = text.encode("utf-8-sig")
    elif encoding == "gb18030":
        data = text.encode("gb18030")
    else:
        data = text.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


def cells(row):
    return [None if v == "" else v for v in row]


def write_workbook(path, rows, title, totals_column, legacy=False):
    numbered = [(1, [title]), (2, [("inline", "填报日期：2024年12月31日")])]
    for k, row in enumerate(rows):
        numbered.append((k + 3, cells(row)))
    total = [None] * len(rows[0])
    total[0] = "合计"
    numbered.append((len(rows) + 3, total))
    sheets = [(title[:10], numbered, ["A1:%s1" % workbooks.column(len(rows[0]) - 1)])]
    if totals_column:
        sheets.insert(0, ("填表说明", [(1, ["请按统计口径填报"])], []))
    (workbooks.xls_workbook if legacy else workbooks.workbook)(path, sheets)


def main():
    out = os.path.join(HERE, "corpus")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    regions, institutions = read("sample-regions.csv"), read("sample-institutions.csv")
    names = {r[0]: r[1] for r in regions[1:]}
    for k in range(48):
        # The first 44 cycle through the encodings; four .xls follow.
        encoding = ENCODINGS[k % len(ENCODINGS)] if k < 44 else "xls"
        header = (k // len(ENCODINGS) if k < 44 else k - 44) % len(INST_HEADERS)
        words = k % 3
        numbers = (k // 3) % 3
        by_name = k % 4 == 1
        extra = k % 5 == 2          # an unused column: a warning
        if words == 0 and header in (2, 3):
            words = 1               # export headers come with Chinese words
        folder = os.path.join(out, "%02d-%s-h%d-w%d-n%d%s%s" % (
            k, encoding, header, words, numbers, "-names" if by_name else "",
            "-extra" if extra else ""))
        os.makedirs(folder)
        r = regions_rows(regions, header, words, numbers)
        i = institutions_rows(institutions, header, words, numbers, by_name, names)
        if extra:
            i = [row + [("备注" if n == 0 else "")] for n, row in enumerate(i)]
        if encoding in ("xlsx", "xls"):
            legacy = encoding == "xls"
            write_workbook(os.path.join(folder, "regions." + encoding), r, "示例区区划及人口",
                           False, legacy)
            write_workbook(os.path.join(folder, "institutions." + encoding), i,
                           "示例区托育机构名录", k % 2 == 0, legacy)
        else:
            ext = "txt" if encoding.endswith("tab") else "csv"
            write_text(os.path.join(folder, "regions." + ext), r, encoding)
            write_text(os.path.join(folder, "institutions." + ext), i, encoding)


if __name__ == "__main__":
    main()
