#!/usr/bin/env python3
"""The HTML report in a real browser: headless Chromium (Debian's chromium)
loads the sample district's page in Chinese and in English, and this test
fails if the page logs a console error or fails to load anything, if a
table or chart is wider than the printed page (A4, 14 mm margins), if the
Chinese text is not drawn with a CJK font, or if the PDF has no page. It
writes the page as PNG and PDF, and the street chart as PNG: with
--pictures DIR, the pictures of docs/reports.md.

Chromium is driven over the DevTools protocol on a pipe
(--remote-debugging-pipe: JSON messages ending in NUL on fds 3 and 4), which
the standard library can speak; no Python package is needed.

    check-report.py TOTUO DATA_DIR [--chromium PATH] [--out DIR] [--pictures DIR]

Exit status 77 (skipped, for meson) when no Chromium is installed.
"""

import argparse
import base64
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time

SKIP = 77
# A4 is 210 mm wide; the page's @page rule keeps 14 mm each side: 182 mm
# of 96 CSS pixels per inch.
PRINTED_WIDTH_PX = 182 / 25.4 * 96
CJK_FONTS = ("Noto Sans CJK", "Noto Serif CJK", "Source Han", "WenQuanYi", "Droid Sans Fallback",
             "AR PL", "Microsoft YaHei", "PingFang", "SimSun", "SimHei")


class Browser:
    """One headless Chromium and one page in it."""

    def __init__(self, chromium, profile):
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        def fds():
            # The protocol's pipe is fds 3 (commands in) and 4 (replies out).
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        self.process = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--no-first-run",
             "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
             "--remote-debugging-pipe", "--user-data-dir=" + profile, "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=fds, pass_fds=(3, 4))   # kept open after fds() ran
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget",
                                 {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "DOM", "CSS"):
            self.call(domain + ".enable")

    def _read(self, deadline):
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.from_child], [], [], left)[0]:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self.from_child, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        message, _, self.buffer = self.buffer.partition(b"\0")
        return json.loads(message)

    def call(self, method, params=None, timeout=60):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if self.session is not None:
            message["sessionId"] = self.session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError("%s: %s" % (method, reply["error"]))
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method, timeout=60):
        deadline = time.monotonic() + timeout
        for k, event in enumerate(self.events):
            if event.get("method") == method:
                return self.events.pop(k)
        while True:
            event = self._read(deadline)
            if event.get("method") == method:
                return event
            self.events.append(event)

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError("script failed: %s" % result["exceptionDetails"])
        return result["result"].get("value")

    def close(self):
        try:
            self.session = None
            self.call("Browser.close", timeout=10)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self.to_child)
        os.close(self.from_child)


# What the test measures on the page, in the page: every table and chart
# against the width of the body, which the print style sets to the page's.
MEASURE = """(() => {
  const body = document.body.getBoundingClientRect();
  const wide = [];
  for (const el of document.querySelectorAll('table, img')) {
    const r = el.getBoundingClientRect();
    if (r.right > body.right + 0.5 || el.scrollWidth > el.clientWidth + 1)
      wide.push(el.tagName + ' ' + (el.closest('section, body').querySelector('h2') || {}).textContent
                + ': ' + Math.round(r.width) + ' px in ' + Math.round(body.width));
  }
  return {width: body.width, wide: wide, tables: document.querySelectorAll('table').length,
          images: document.querySelectorAll('img').length,
          external: [...document.querySelectorAll('[src], link[href]')]
                      .map(e => e.getAttribute('src') || e.getAttribute('href'))
                      .filter(u => !u.startsWith('data:'))};
})()"""


def problems_in_log(events):
    found = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            found.append("exception: %s" % params["exceptionDetails"].get("text"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            found.append("console.%s: %s" % (params["type"], params.get("args")))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            found.append("log: %s" % params["entry"].get("text"))
    return found


def fonts_of(browser, selector):
    root = browser.call("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    node = browser.call("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    if not node:
        return None
    return [f["familyName"] for f in browser.call("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]]


def check_page(browser, path, out, name, pictures):
    failures = []
    del browser.events[:]
    browser.call("Emulation.setEmulatedMedia", {"media": "print"})
    browser.call("Emulation.setDeviceMetricsOverride",
                 {"width": int(PRINTED_WIDTH_PX), "height": 1100, "deviceScaleFactor": 1, "mobile": False})
    browser.call("Page.navigate", {"url": "file://" + os.path.abspath(path)})
    browser.wait_for("Page.loadEventFired")
    seen = browser.evaluate(MEASURE)
    failures += ["%s: wider than the printed page: %s" % (name, w) for w in seen["wide"]]
    if seen["external"]:
        failures.append("%s: loads from outside the page: %s" % (name, seen["external"]))
    if seen["tables"] < 4 or seen["images"] < 2:
        failures.append("%s: %d tables and %d charts, expected at least 4 and 2"
                        % (name, seen["tables"], seen["images"]))
    for selector in ("h1", "tbody td"):
        fonts = fonts_of(browser, selector)
        if not fonts or not any(f.startswith(CJK_FONTS) for f in fonts):
            failures.append("%s: %s is drawn with %s, no CJK font" % (name, selector, fonts))
    # The pictures: the page at screen width, the street chart alone.
    browser.call("Emulation.setEmulatedMedia", {"media": "screen"})
    browser.call("Emulation.setDeviceMetricsOverride",
                 {"width": 860, "height": 1100, "deviceScaleFactor": 1, "mobile": False})
    height = browser.evaluate("document.documentElement.scrollHeight")
    shot = browser.call("Page.captureScreenshot",
                        {"format": "png", "captureBeyondViewport": True,
                         "clip": {"x": 0, "y": 0, "width": 860, "height": min(height, 2400), "scale": 1}})
    chart = browser.evaluate("(() => { const r = document.querySelector('img.chart')"
                             ".getBoundingClientRect(); return [r.x, r.y + scrollY, r.width, r.height]; })()")
    chart_shot = browser.call("Page.captureScreenshot",
                              {"format": "png", "captureBeyondViewport": True,
                               "clip": {"x": chart[0], "y": chart[1], "width": chart[2],
                                        "height": chart[3], "scale": 1}})
    pdf = browser.call("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True},
                       timeout=120)
    pdf_bytes = base64.b64decode(pdf["data"])
    pages = pdf_bytes.count(b"/Type /Page") - pdf_bytes.count(b"/Type /Pages")
    if not pdf_bytes.startswith(b"%PDF") or pages < 1:
        failures.append("%s: the PDF has no page" % name)
    failures += ["%s: %s" % (name, p) for p in problems_in_log(browser.events)]
    files = {name + ".png": shot["data"], name + "-streets.png": chart_shot["data"]}
    for directory in [out] + ([pictures] if pictures else []):
        for file, data in files.items():
            with open(os.path.join(directory, file), "wb") as f:
                f.write(base64.b64decode(data))
    with open(os.path.join(out, name + ".pdf"), "wb") as f:
        f.write(pdf_bytes)
    print("%s: %d tables, %d charts, body %.0f px wide printed, %d PDF page(s), fonts of h1: %s"
          % (name, seen["tables"], seen["images"], seen["width"], pages, fonts_of(browser, "h1")))
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("totuo")
    parser.add_argument("data")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM"))
    parser.add_argument("--out")
    parser.add_argument("--pictures")
    args = parser.parse_args()
    chromium = args.chromium or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("no chromium installed: skipped")
        return SKIP
    work = tempfile.mkdtemp(prefix="totuo-browser-")
    out = args.out or work
    os.makedirs(out, exist_ok=True)
    d = args.data
    failures = []
    browser = Browser(chromium, os.path.join(work, "profile"))
    try:
        for lang in ("zh", "en"):
            page = os.path.join(out, "sample-report-%s.html" % lang)
            subprocess.run([args.totuo, "report", "--plan", os.path.join(d, "sample-plan.ini"),
                            "-d", "2022:%s:%s" % (os.path.join(d, "sample-regions.csv"),
                                                  os.path.join(d, "sample-2022-institutions.csv")),
                            "-d", "2023:%s:%s" % (os.path.join(d, "sample-regions.csv"),
                                                  os.path.join(d, "sample-2023-institutions.csv")),
                            "-d", "2024:%s:%s" % (os.path.join(d, "sample-regions.csv"),
                                                  os.path.join(d, "sample-institutions.csv")),
                            "--observations", os.path.join(d, "sample-observations.csv"),
                            "-l", lang, "-o", page], check=True)
            failures += check_page(browser, page, out, "sample-report-" + lang, args.pictures)
    finally:
        browser.close()
        if not args.out:
            shutil.rmtree(work, ignore_errors=True)
        else:
            shutil.rmtree(os.path.join(work, "profile"), ignore_errors=True)
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
