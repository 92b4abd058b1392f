#!/usr/bin/env python3
"""Times the command line as whole processes: report, timeline, record into a fresh store, and serve until health
is UP, each against the same launcher's --help, run in turn (A B A B ...) so that each ratio is taken pair by pair.
Prints min, median and max of wall and CPU seconds and the median ratio; quote the medians (docs/benchmarks.md).

usage: bench/cli_bench.py [--runs 5] [--launcher 'standalone/target/cli/rapporteur'] [--only report,timeline,...]
       bench/cli_bench.py --against /tmp/before/cli/rapporteur ...   (A/B against a copy of the layout before a change)
"""
import argparse
import json
import os
import shlex
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCENARIO = os.path.join(ROOT, "examples", "ccm-12msp.yaml")
TARGETS = {"report": 3, "timeline": 3, "record": 5, "serve": 6}


def run(argv):
    """One whole process: its wall seconds and its CPU (user + system) seconds."""
    start = time.monotonic()
    process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    err = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed ({os.waitstatus_to_exitcode(status)}): {shlex.join(argv)}\n{err}")
    return wall, usage.ru_utime + usage.ru_stime


def serve_until_up(argv, data):
    """serve on a free port; the wall seconds until /actuator/health says UP (CPU of the whole run, stop included)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    start = time.monotonic()
    process = subprocess.Popen(argv + ["serve", "--data", data, f"--server.port={port}"],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            if process.poll() is not None:
                sys.exit("serve exited before health was UP")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/actuator/health", timeout=1) as response:
                    if json.load(response).get("status") == "UP":
                        wall = time.monotonic() - start
                        break
            except (OSError, ValueError):
                pass
            time.sleep(0.02)
    finally:
        process.terminate()
        _, _, usage = os.wait4(process.pid, 0)
    return wall, usage.ru_utime + usage.ru_stime


def summary(values):
    return min(values), statistics.median(values), max(values)


def cases(cli, work, recorded):
    """Each command as a whole process of launcher {cli}, over the store {recorded} (record: into a fresh one)."""
    fresh = os.path.join(work, "fresh")

    def fresh_record():
        shutil.rmtree(fresh, ignore_errors=True)
        return run(cli + ["record", SCENARIO, "--data", fresh])

    def fresh_serve():
        served = os.path.join(work, "served")
        shutil.rmtree(served, ignore_errors=True)
        return serve_until_up(cli, served)

    return {
        "report": lambda: run(cli + ["report", "ccm-12msp", "--format", "md", "--data", recorded]),
        "timeline": lambda: run(cli + ["timeline", "ccm-12msp", "--data", recorded]),
        "record": fresh_record,
        "serve": fresh_serve,
        "help": lambda: run(cli + ["--help"]),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--launcher", default=os.path.join(ROOT, "standalone", "target", "cli", "rapporteur"),
                        help="the command line to time, as one string split as a shell splits words")
    parser.add_argument("--against", help="another launcher (a copy of the layout before a change, say): each round "
                                          "runs both, alternated, and the medians of both are printed with after/before")
    parser.add_argument("--only", default="report,timeline,record,serve")
    options = parser.parse_args()
    cli = shlex.split(options.launcher)
    work = tempfile.mkdtemp(prefix="rapporteur-bench-")
    try:
        recorded = os.path.join(work, "recorded")
        run(cli + ["record", SCENARIO, "--data", recorded])
        if options.against:
            against(options, cases(cli, work, recorded), cases(shlex.split(options.against), work, recorded))
            return
        timed = cases(cli, work, recorded)
        help_ = timed["help"]
        print(f"{options.launcher}: medians of {options.runs} whole-process runs, each paired with --help")
        print(f"{'command':10} {'wall s (min/median/max)':>26} {'cpu s median':>13} {'--help wall s':>14} "
              f"{'ratio wall':>11} {'ratio cpu':>10} {'target':>7}")
        for name in options.only.split(","):
            case = timed[name]
            case(), help_()  # warm-up: the file cache, not counted
            pairs = [(case(), help_()) for _ in range(options.runs)]
            walls = [a[0] for a, _ in pairs]
            cpus = [a[1] for a, _ in pairs]
            helps = [b[0] for _, b in pairs]
            ratio = statistics.median(a[0] / b[0] for a, b in pairs)
            ratio_cpu = statistics.median(a[1] / b[1] for a, b in pairs)
            low, mid, high = summary(walls)
            print(f"{name:10} {low:8.2f} {mid:8.2f} {high:8.2f} {statistics.median(cpus):13.2f} "
                  f"{statistics.median(helps):14.2f} {ratio:10.2f}x {ratio_cpu:9.2f}x {'<= ' + str(TARGETS[name]) + 'x':>7}",
                  flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def against(options, after, before):
    """A/B: each round runs the command with the other launcher, then with this one (order swapped every round)."""
    print(f"{options.launcher} (after) against {options.against} (before): medians of {options.runs} whole-process "
          f"runs of each, alternated")
    print(f"{'command':10} {'before wall / cpu s':>20} {'after wall / cpu s':>20} {'after/before wall':>18} {'cpu':>6}")
    for name in ["help"] + [n for n in options.only.split(",") if n != "help"]:
        before[name](), after[name]()  # warm-up: the file cache, not counted
        b, a = [], []
        for i in range(options.runs):
            order = [(before, b), (after, a)] if i % 2 == 0 else [(after, a), (before, b)]
            for timed, into in order:
                into.append(timed[name]())
        med = lambda runs, k: statistics.median(r[k] for r in runs)
        print(f"{name:10} {med(b, 0):10.2f} / {med(b, 1):5.2f} {med(a, 0):12.2f} / {med(a, 1):5.2f} "
              f"{med(a, 0) / med(b, 0):17.2f} {med(a, 1) / med(b, 1):6.2f}", flush=True)


if __name__ == "__main__":
    main()
