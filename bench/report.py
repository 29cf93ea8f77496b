"""The table bench/run-all.sh ends with, and its machine-readable copy.

    report.py results.tsv results.json server events opportunities seconds interviews keyset_rows

results.tsv holds "RESULT key value" lines. Each figure is set against the limit measured in the same run where the
issue's target is a ratio (commands/s against single-row insert transactions/s at the same concurrency), else
against the target itself.
"""
import json
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone

results_file, json_file, server, events, opportunities, seconds, interviews, keyset_rows = sys.argv[1:9]
r = {}
with open(results_file) as f:
    for line in f:
        parts = line.split()
        if len(parts) == 3 and parts[0] == "RESULT":
            r[parts[1]] = float(parts[2])

rows = []


def row(figure, value, unit, limit=None, limit_unit="", ratio_target=None, target=None, at_most=False):
    """ratio_target: the figure must reach this share of the limit; target: an absolute bound (at_most: upper)."""
    ratio = value / limit if value is not None and limit else None
    if ratio_target is not None:
        met = ratio is not None and ratio >= ratio_target
        target_text = "≥ %.2f × limit" % ratio_target
    elif target is not None:
        met = value is not None and (value <= target if at_most else value >= target)
        target_text = ("≤ " if at_most else "≥ ") + "{:,g} {}".format(target, unit)
    else:
        met = None
        target_text = "–"
    rows.append({
        "figure": figure, "value": value, "unit": unit, "limit": limit, "limit_unit": limit_unit, "ratio": ratio,
        "target": target_text, "met": met,
    })


def get(key):
    return r.get(key)


for clients in (1, 8):
    row("single-row insert transactions/s, %d client%s (pgbench)" % (clients, "s" if clients > 1 else ""),
        get("limit.inserts.c%d.per_s" % clients), "tx/s")
row("keyset read of %s rows, pages of 1,000 (JDBC)" % "{:,}".format(int(get("limit.keyset.rows") or 0)),
    get("limit.keyset.rows_per_s"), "rows/s")
for path, share in (("gateway", 0.35), ("http", 0.2)):
    for clients in (1, 8):
        row("commands/s via %s, %d client%s" % ("the gateway" if path == "gateway" else "HTTP", clients,
                                                "s" if clients > 1 else ""),
            get("commands.%s.c%d.per_s" % (path, clients)), "cmd/s",
            limit=get("limit.inserts.c%d.per_s" % clients), limit_unit="tx/s", ratio_target=share)
row("rebuild of every projection", get("rebuild.events_per_s"), "events/s",
    limit=get("limit.keyset.rows_per_s"), limit_unit="rows/s read", target=20000)
for name, label in (("timeline", "GET /api/v1/timeline"), ("due_actions", "GET /api/v1/due-actions"),
                    ("dashboard", "dashboard page (/)")):
    row(label + ", 8 clients, p99", get("reads.%s.p99_ms" % name), "ms", target=10, at_most=True)
    row(label + ", 8 clients, throughput", get("reads.%s.per_s" % name), "req/s", target=2000)
row("coach analytics, the coach page's three figures, p95", get("analytics.coach_page.p95_ms"), "ms",
    target=200, at_most=True)
row("start-up, embedded, launch to first 200 on /actuator/health", get("footprint.startup_s"), "s",
    target=15, at_most=True)
row("resident memory of the JVM, embedded", get("footprint.jvm_rss_mb"), "MB", target=512, at_most=True)
row("embedded PostgreSQL memory (PSS, noted apart)", get("footprint.postgres_pss_mb"), "MB")


def number(value, unit=""):
    if value is None:
        return "–"
    text = "{:,.0f}".format(value) if abs(value) >= 100 else "{:,.1f}".format(value) if abs(value) >= 10 \
        else "{:,.2f}".format(value)
    return text + (" " + unit if unit else "")


header = ("figure", "Followthrough", "machine limit", "ratio", "target", "met")
table = [header] + [(
    x["figure"], number(x["value"], x["unit"]), number(x["limit"], x["limit_unit"]),
    "–" if x["ratio"] is None else "%.3f" % x["ratio"], x["target"],
    "–" if x["met"] is None else ("yes" if x["met"] else "NO")) for x in rows]
widths = [max(len(line[i]) for line in table) for i in range(len(header))]
print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |")
print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
for line in table[1:]:
    print("| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths))) + " |")

try:
    cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
except (OSError, StopIteration):
    cpu = platform.processor()
java = subprocess.run([os.path.join(os.environ.get("JAVA_HOME", ""), "bin", "java"), "-version"],
                      capture_output=True, text=True).stderr.splitlines()[0]
machine = {"cores": os.cpu_count(), "cpu": cpu, "os": platform.platform(), "java": java, "postgresql": server,
           "load_average_at_end": os.getloadavg()}
print("\n%s; %d cores (%s); %s; %s" % (server, machine["cores"], cpu, java, platform.platform()))
os.makedirs(os.path.dirname(json_file), exist_ok=True)
with open(json_file, "w") as f:
    json.dump({
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": machine,
        "parameters": {"events": int(events), "opportunities_at_8_clients": int(opportunities),
                       "seconds_per_load_run": int(seconds), "interviews": int(interviews),
                       "keyset_rows": int(keyset_rows)},
        "table": rows,
        "results": r,
    }, f, indent=2)
print("written: " + json_file)
