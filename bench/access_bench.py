#!/usr/bin/env python3
"""Spatial access: libtotuo beside scipy, in one run.

For each workload the same synthetic demand points and institutions go to
libtotuo's totuo_access_compute() (2SFCA, nearest distance, roll-up) and to
the reference an informed analyst writes with scipy: cKDTree over unit
vectors, sparse_distance_matrix for the pairs within the radius, numpy
bincount for both steps, query() for the nearest place. Each side runs in a
process of its own; the time and the peak memory are those of the
computation alone (the peak is reset, /proc/self/clear_refs, once the inputs
are loaded). The scores and nearest distances of the two are compared.

    /usr/bin/python3 bench/access_bench.py            # every workload
    /usr/bin/python3 bench/access_bench.py --quick    # small ones, a minute

Workloads (issue 22): a dense metro of 40,000 points and 100,000
institutions in a 200 x 200 km box at 5 km (about 7.7M pairs); the same
points against 1,000,000 institutions; 500,000 communities and 126,000
institutions clustered in 2,800 districts across China, at 300 m.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
R = 6371008.8

WORKLOADS = {
    "dense": dict(n=40000, m=100000, radius=5000, kind="box"),
    "stress": dict(n=40000, m=1000000, radius=5000, kind="box"),
    "communities": dict(n=500000, m=126000, radius=300, kind="national"),
}
QUICK = {
    "dense-small": dict(n=4000, m=10000, radius=5000, kind="box"),
    "communities-small": dict(n=50000, m=12600, radius=300, kind="national"),
}


def generate(spec, seed, out):
    """Points as .npy files: demand lat, lon, children; supply lat, lon, places."""
    import numpy as np
    rng = np.random.default_rng(seed)
    n, m = spec["n"], spec["m"]
    if spec["kind"] == "box":
        # 200 km square around (30.5 N, 114.3 E).
        dlat, dlon = 200e3 / R * 180 / np.pi, 200e3 / (R * np.cos(np.radians(30.5))) * 180 / np.pi
        lat = lambda k: 30.5 + (rng.random(k) - 0.5) * dlat
        lon = lambda k: 114.3 + (rng.random(k) - 0.5) * dlon
        d_lat, d_lon, s_lat, s_lon = lat(n), lon(n), lat(m), lon(m)
    else:
        # 2,800 districts across China; points within a few km of their centre.
        centres = np.column_stack([rng.uniform(20, 45, 2800), rng.uniform(90, 125, 2800)])
        def around(k, sigma):
            c = centres[rng.integers(0, len(centres), k)]
            return c[:, 0] + rng.normal(0, sigma, k), c[:, 1] + rng.normal(0, sigma, k)
        d_lat, d_lon = around(n, 0.03)
        s_lat, s_lon = around(m, 0.03)
    np.save(os.path.join(out, "d_lat.npy"), d_lat)
    np.save(os.path.join(out, "d_lon.npy"), d_lon)
    np.save(os.path.join(out, "d_p.npy"), rng.integers(1, 400, n).astype(np.float64))
    np.save(os.path.join(out, "s_lat.npy"), s_lat)
    np.save(os.path.join(out, "s_lon.npy"), s_lon)
    np.save(os.path.join(out, "s_s.npy"), rng.integers(5, 150, m).astype(np.float64))


def reset_peak():
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")


def memory_mb():
    fields = {}
    with open("/proc/self/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                fields[key] = int(value.split()[0]) / 1024
    return fields["VmHWM"], fields["VmRSS"]


def run_totuo(work, radius):
    """The child: loads the points into libtotuo, then times the computation."""
    import numpy as np
    sys.path.insert(0, os.path.join(ROOT, "bindings", "python"))
    import totuo
    d_lat, d_lon, d_p = (np.load(os.path.join(work, k + ".npy")) for k in ("d_lat", "d_lon", "d_p"))
    s_lat, s_lon, s_s = (np.load(os.path.join(work, k + ".npy")) for k in ("s_lat", "s_lon", "s_s"))
    regions = {"code": ["1"], "name": ["全域"], "level": ["district"], "parent": [None],
               "population": [None], "under3": [None], "kindergartens": [None],
               "lat": [None], "lon": [None]}
    insts = {"id": ["I%d" % k for k in range(len(s_s))], "name": ["x"] * len(s_s),
             "region": ["1"] * len(s_s), "places": s_s.astype(np.int64),
             "lat": s_lat, "lon": s_lon}
    ds = totuo.Dataset.from_dataframes(regions, insts)
    lines = ["id,region,lat,lon,under3"]
    lines += ["%d,1,%.17g,%.17g,%d" % (k, a, b, c) for k, (a, b, c) in enumerate(zip(d_lat, d_lon, d_p))]
    demand = totuo.Demand.from_text(ds, "\n".join(lines) + "\n")
    del lines
    _, base = memory_mb()
    reset_peak()
    start = time.perf_counter()
    access = totuo.compute_access(demand, radius=radius)
    seconds = time.perf_counter() - start
    peak, _ = memory_mb()
    cols = access.columns()
    np.save(os.path.join(work, "totuo_score.npy"), cols["score"])
    np.save(os.path.join(work, "totuo_nearest.npy"), cols["nearest_m"])
    print(json.dumps({"seconds": seconds, "peak_mb": peak - base, "pairs": access.n_pairs}))


def unit(lat, lon):
    import numpy as np
    p, l = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(p) * np.cos(l), np.cos(p) * np.sin(l), np.sin(p)])


def run_scipy(work, radius):
    """The child: the reference an informed analyst writes with scipy."""
    import numpy as np
    from scipy.spatial import cKDTree
    d_lat, d_lon, d_p = (np.load(os.path.join(work, k + ".npy")) for k in ("d_lat", "d_lon", "d_p"))
    s_lat, s_lon, s_s = (np.load(os.path.join(work, k + ".npy")) for k in ("s_lat", "s_lon", "s_s"))
    _, base = memory_mb()
    reset_peak()
    start = time.perf_counter()
    dx, sx = unit(d_lat, d_lon), unit(s_lat, s_lon)
    chord = 2 * np.sin((radius + 1e-6) / (2 * R))
    dtree, stree = cKDTree(dx), cKDTree(sx)
    pairs = dtree.sparse_distance_matrix(stree, chord, output_type="coo_matrix")
    i, j = pairs.row, pairs.col
    demand_sum = np.bincount(j, weights=d_p[i], minlength=len(s_s))
    ratio = np.divide(s_s, demand_sum, out=np.zeros_like(s_s), where=demand_sum > 0)
    score = np.bincount(i, weights=ratio[j], minlength=len(d_p))
    nearest_chord, _ = stree.query(dx)
    nearest = 2 * R * np.arcsin(np.minimum(nearest_chord / 2, 1.0))
    seconds = time.perf_counter() - start
    peak, _ = memory_mb()
    np.save(os.path.join(work, "scipy_score.npy"), score)
    np.save(os.path.join(work, "scipy_nearest.npy"), nearest)
    print(json.dumps({"seconds": seconds, "peak_mb": peak - base, "pairs": int(len(i))}))


def child(role, work, radius):
    env = dict(os.environ)
    out = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", role, work, str(radius)],
                         env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit("%s failed:\n%s" % (role, out.stderr))
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--workloads")
    parser.add_argument("--child", nargs=3)
    args = parser.parse_args()
    if args.child:
        role, work, radius = args.child
        (run_totuo if role == "totuo" else run_scipy)(work, float(radius))
        return
    try:
        import numpy as np
        import scipy  # noqa: F401
    except ImportError:
        raise SystemExit("the benchmark needs numpy and scipy (Debian's python3-scipy)")
    specs = QUICK if args.quick else WORKLOADS
    if args.workloads:
        specs = {k: v for k, v in {**WORKLOADS, **QUICK}.items() if k in args.workloads.split(",")}
    print("%-18s %9s %9s %6s %11s | %8s %8s | %8s %8s | %7s %9s" % (
        "workload", "demand N", "places M", "r (m)", "pairs K", "totuo s", "peak MB",
        "scipy s", "peak MB", "speedup", "max diff"))
    for name, spec in specs.items():
        with tempfile.TemporaryDirectory(prefix="totuo-access-bench-") as work:
            generate(spec, 2026, work)
            ours = child("totuo", work, spec["radius"])
            ref = child("scipy", work, spec["radius"])
            a, b = np.load(os.path.join(work, "totuo_score.npy")), np.load(os.path.join(work, "scipy_score.npy"))
            na, nb = np.load(os.path.join(work, "totuo_nearest.npy")), np.load(os.path.join(work, "scipy_nearest.npy"))
            diff = max(float(np.max(np.abs(a - b) / np.maximum(np.abs(b), 1e-12), initial=0)),
                       float(np.max(np.abs(na - nb) / np.maximum(nb, 1.0), initial=0)))
            if ours["pairs"] != ref["pairs"]:
                print("  pairs differ: %d and %d" % (ours["pairs"], ref["pairs"]))
            print("%-18s %9d %9d %6d %11d | %8.3f %8.0f | %8.3f %8.0f | %6.1fx %9.1e" % (
                name, spec["n"], spec["m"], spec["radius"], ours["pairs"], ours["seconds"],
                ours["peak_mb"], ref["seconds"], ref["peak_mb"], ref["seconds"] / ours["seconds"], diff))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
