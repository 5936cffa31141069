#!/usr/bin/env python3
"""A deterministic, national-scale synthetic dataset in libtotuo's CSV formats.

31 provinces, about 330 cities, 2,900 districts and counties, 40,000 streets
and townships (and, with --communities, about 500,000 communities and
villages), with institutions spread by population and every field filled.
Nothing here is real: the codes (P00C00D00T00 ...) follow no real division code.

    python3 bench/generate_national.py --institutions 1000000 --out DIR [--seed 1]
        [--demand 500000]

--demand N also writes N demand points (residential compounds, for spatial
access: id, region, lat, lon, under3, residents) spread over the streets and
townships by population, within the same ±0.2 degrees of each district's
centre as its institutions; a random stream of its own keeps the other files
as they were.
"""

import argparse
import csv
import os
import random

KINDS = ["nursery", "kindergarten", "employer", "community", "family", "other"]
KIND_WEIGHTS = [30, 40, 5, 15, 8, 2]
PLACES = {"nursery": (30, 160), "kindergarten": (10, 60), "employer": (20, 80),
          "community": (10, 40), "family": (3, 5), "other": (10, 40)}


def regions(rng, communities):
    rows, units = [], []
    for p in range(31):
        pcode = "P%02d" % p
        rows.append([pcode, "省%02d" % p, "province", "", "", "", "", "", ""])
        for c in range(10 + (p % 3 == 0)):
            ccode = "%sC%02d" % (pcode, c)
            rows.append([ccode, "市%02d" % c, "city", pcode, "", "", "", "", ""])
            for d in range(9 if (p + c) % 4 else 8):
                dcode = "%sD%02d" % (ccode, d)
                lat, lon = rng.uniform(20, 45), rng.uniform(90, 125)
                rows.append([dcode, "区县%02d" % d, "district", ccode, "", "", "", "%.4f" % lat,
                             "%.4f" % lon])
                for t in range(14):
                    tcode = "%sT%02d" % (dcode, t)
                    level = "street" if t < 5 else "township"
                    pop = int(rng.lognormvariate(10.2, 0.6))
                    rows.append([tcode, "%s%02d" % ("街道" if t < 5 else "镇", t), level, dcode,
                                 pop, int(pop * rng.uniform(0.017, 0.026)), rng.randint(2, 12),
                                 "%.4f" % (lat + rng.uniform(-0.2, 0.2)),
                                 "%.4f" % (lon + rng.uniform(-0.2, 0.2))])
                    units.append((tcode, pop, lat, lon))
                    for v in range(12 if communities else 0):
                        rows.append(["%sV%02d" % (tcode, v), "社区%02d" % v, "community", tcode,
                                     "", "", "", "", ""])
    return rows, units


def institutions(rng, units, n):
    codes = [u[0] for u in units]
    weights = [u[1] for u in units]
    where = rng.choices(range(len(units)), weights=weights, k=n)
    kinds = rng.choices(KINDS, weights=KIND_WEIGHTS, k=n)
    for k in range(n):
        code, _, lat, lon = units[where[k]]
        kind = kinds[k]
        places = rng.randint(*PLACES[kind])
        staff = max(2, places // 5 + rng.randint(0, 3))
        status = rng.choices(("filed", "registered", "none"), (55, 35, 10))[0]
        inclusive = rng.random() < 0.6
        yield ["N%07d" % k, "托育机构%d" % k, code, kind,
               rng.choices(("public", "private", "mixed"), (25, 60, 15))[0],
               "true" if inclusive else "false", places, rng.randint(0, places), status,
               "full_day|hourly" if rng.random() < 0.3 else "full_day",
               rng.randrange(1000, 2900, 100) if inclusive else rng.randrange(3000, 8000, 100),
               staff, rng.randint(staff // 2, staff),
               "true" if status == "filed" and rng.random() < 0.9 else "false",
               "%.5f" % (lat + rng.uniform(-0.2, 0.2)), "%.5f" % (lon + rng.uniform(-0.2, 0.2))]


def demand(seed, units, n):
    rng = random.Random(seed + 1000)
    weights = [u[1] for u in units]
    where = rng.choices(range(len(units)), weights=weights, k=n)
    for k in range(n):
        code, pop, lat, lon = units[where[k]]
        residents = max(50, int(rng.lognormvariate(7.5, 0.7)))
        yield ["H%07d" % k, code, "%.5f" % (lat + rng.uniform(-0.2, 0.2)),
               "%.5f" % (lon + rng.uniform(-0.2, 0.2)), int(residents * rng.uniform(0.015, 0.03)),
               residents]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--institutions", type=int, default=100000)
    parser.add_argument("--communities", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default=".")
    parser.add_argument("--demand", type=int, default=0,
                        help="also write this many demand points (national-demand-N.csv)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    rows, units = regions(rng, args.communities)
    with open(os.path.join(args.out, "national-regions.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "level", "parent", "population", "under3", "kindergartens",
                    "lat", "lon"])
        w.writerows(rows)
    name = "national-institutions-%d.csv" % args.institutions
    with open(os.path.join(args.out, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "region", "kind", "ownership", "inclusive", "places", "enrolled",
                    "status", "modes", "monthly_fee", "staff", "certified_staff",
                    "health_manager", "lat", "lon"])
        w.writerows(institutions(rng, units, args.institutions))
    if args.demand > 0:
        name = "national-demand-%d.csv" % args.demand
        with open(os.path.join(args.out, name), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["id", "region", "lat", "lon", "under3", "residents"])
            w.writerows(demand(args.seed, units, args.demand))
    print("%d regions, %d institutions%s written to %s" % (
        len(rows), args.institutions, ", %d demand points" % args.demand if args.demand else "",
        args.out))


if __name__ == "__main__":
    main()
