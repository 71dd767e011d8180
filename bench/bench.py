#!/usr/bin/env python3
"""Times `mvn blog:build` against Hugo on the same generated corpora, alternating, and reports medians.

Usage: python3 bench/bench.py [--sizes 1000,10000] [--runs 3] [--warm-rounds 3] [--big 100000]
       [--jvm-config="-XX:+UseParallelGC -Xmn128m -XX:TieredStopAtLevel=1 -XX:MetaspaceSize=64m
                      -XX:+UseTransparentHugePages"]
       [--big-jvm-config="-XX:+UseParallelGC -Xmn128m -XX:MetaspaceSize=64m -XX:+UseTransparentHugePages"]
       [--java-home /usr/lib/jvm/temurin-25-jdk-amd64]
Needs: the plugin installed in ~/.m2 (`mvn -B install`), Debian's `hugo` and GNU `time` (`apt-get install hugo time`).
Writes bench/RESULTS.md (machine, versions, medians, ratios, our per-phase timings) and bench/results.svg.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(ROOT, "target", "bench")
JVM_CONFIG = ""
BIG_JVM_CONFIG = None
SUMMARY = re.compile(r"Blog built: (\d+) posts.*?\((\d+) files? written, (\d+) unchanged, (\d+) removed, (\d+) "
                     r"rendered; ms: ([^)]*)\)")


def sh(cmd, cwd=None):
    return subprocess.run(cmd, cwd=cwd, shell=True, capture_output=True, text=True)


def timed(cmd, cwd):
    """Runs a command under GNU time; returns (seconds, peak KiB, stdout, (user, system CPU seconds)). What the
    steps before it wrote is flushed to disk first, untimed: a full build leaves some 300 MB for the kernel to write
    back over the next seconds (`sync` took 0.7 to 0.9 s after one here), which otherwise lands in whichever step
    runs next, either tool's."""
    os.sync()
    r = subprocess.run(["/usr/bin/time", "-f", "BENCH %e %M %U %S", "bash", "-c", cmd], cwd=cwd, capture_output=True,
                       text=True)
    if r.returncode != 0:
        sys.exit("failed: %s\n%s\n%s" % (cmd, r.stdout[-3000:], r.stderr[-3000:]))
    line = [l[l.index("BENCH "):] for l in r.stderr.splitlines() if "BENCH " in l][-1].split()
    return float(line[1]), int(line[2]), r.stdout, (float(line[3]), float(line[4]))


def corpus(n, jvm_config=None):
    """The generated blog of n posts (made once) with our pom, the .mvn/jvm.config given (else --jvm-config's)
    and the Hugo site beside it."""
    jvm_config = JVM_CONFIG if jvm_config is None else jvm_config
    base = os.path.join(WORK, str(n))
    if not os.path.isdir(os.path.join(base, "blog", "src", "blog", "_posts")):
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(n), base], check=True)
    shutil.copy(os.path.join(HERE, "blog-pom.xml"), os.path.join(base, "blog", "pom.xml"))
    config = os.path.join(base, "blog", ".mvn", "jvm.config")
    # a class-data archive that the JVM options name is made afresh by this run's untimed first build: one made by
    # another build of the plugin, or another JDK, would only be partly used (twin() copies this folder whole)
    folder = os.path.dirname(config)
    for name in os.listdir(folder) if os.path.isdir(folder) else []:
        if name.endswith(".jsa"):
            os.remove(os.path.join(folder, name))
    if jvm_config:
        os.makedirs(os.path.dirname(config), exist_ok=True)
        with open(config, "w") as f:
            f.write(jvm_config + "\n")
    elif os.path.exists(config):
        os.remove(config)
    for item in os.listdir(os.path.join(HERE, "hugo-site")):
        src = os.path.join(HERE, "hugo-site", item)
        dst = os.path.join(base, "hugo", item)
        if os.path.isdir(src):
            shutil.copytree(src, dst, dirs_exist_ok=True)
        else:
            shutil.copy(src, dst)
    return base


TRASH = os.path.join(WORK, "trash")


def aside(path):
    """Clears a tool's output before a clean build by moving it into the trash, which is emptied after the whole
    run. Deleting it right before the build instead would time this machine's file system: ext4 without a journal
    (as here) skips inodes freed in the last half minute, scanning past each of them for every file and folder it
    creates, which cost either tool several seconds after deleting the 30,000 files of the previous build."""
    if os.path.exists(path):
        os.makedirs(TRASH, exist_ok=True)
        os.rename(path, os.path.join(TRASH, "%d-%d" % (os.getpid(), len(os.listdir(TRASH)))))


def empty_trash():
    """Deletes what aside() moved; True if there was anything."""
    if os.path.isdir(TRASH) and os.listdir(TRASH):
        # another run still emptying it (one started straight after the last) may take files first
        shutil.rmtree(TRASH, ignore_errors=True)
        return True
    return False


def ours(base, opts="", args=""):
    aside(os.path.join(base, "blog", "target"))
    return run_ours(base, opts, args)


def run_ours(base, opts="", args=""):
    env = "MAVEN_OPTS='%s' " % opts if opts else ""
    secs, kib, out, cpu = timed(env + "mvn -o -B blog:build " + args, os.path.join(base, "blog"))
    m = SUMMARY.search(out)
    phases = dict((k, int(v)) for k, v in (p.split(" ") for p in m.group(6).split(", ")))
    engine = int(re.search(r"feeds? in (\d+) ms", out).group(1))
    return {"secs": secs, "kib": kib, "user": cpu[0], "system": cpu[1], "written": int(m.group(2)),
            "rendered": int(m.group(5)), "phases": phases, "engine": engine}


def twin(base):
    """A second copy of the blog beside the first, for two builds at once."""
    other = os.path.join(base, "twin")
    if not os.path.isdir(other):
        shutil.copytree(os.path.join(base, "blog"), other, ignore=shutil.ignore_patterns("target"))
    shutil.copy(os.path.join(base, "blog", "pom.xml"), os.path.join(other, "pom.xml"))
    config = os.path.join(base, "blog", ".mvn")
    shutil.rmtree(os.path.join(other, ".mvn"), ignore_errors=True)
    if os.path.isdir(config):
        shutil.copytree(config, os.path.join(other, ".mvn"))
    return other


def side_by_side(base):
    """Two one-thread full builds of two copies at the same time: what this machine's cores give two independent
    single-threaded jobs, the ceiling for any parallel speed-up here. Returns both engine times (ms)."""
    dirs = [os.path.join(base, "blog"), twin(base)]
    procs = []
    for d in dirs:
        aside(os.path.join(d, "target"))
        procs.append(subprocess.Popen("mvn -o -B blog:build -Dblog.threads=1", cwd=d, shell=True,
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
    engines = []
    for p in procs:
        out = p.communicate()[0]
        if p.returncode != 0:
            sys.exit("side-by-side build failed:\n" + out[-3000:])
        engines.append(int(re.search(r"feeds? in (\d+) ms", out).group(1)))
    return engines


CLASSPATH = []


def classpath():
    """The plugin's classes and runtime dependencies, for the warm engine runs."""
    if not CLASSPATH:
        out = os.path.join(WORK, "classpath.txt")
        r = sh("mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=" + out, ROOT)
        if r.returncode != 0:
            sys.exit("cannot get the class path: " + r.stdout[-2000:])
        with open(out) as f:
            CLASSPATH.append(os.path.join(ROOT, "target", "classes") + os.pathsep + f.read().strip())
    return CLASSPATH[0]


def throughput(source, work, rounds, threads):
    """Starts EngineThroughput: full builds in one warm JVM, alternating thread counts; a Popen."""
    return subprocess.Popen(["java", "-XX:+UseSerialGC", "-cp", classpath(),
                             os.path.join(HERE, "EngineThroughput.java"), source, work, str(rounds), threads],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def medians(proc):
    out = proc.communicate()[0]
    if proc.returncode != 0:
        sys.exit("EngineThroughput failed:\n" + out[-3000:])
    return dict((int(t), int(ms)) for t, ms in re.findall(r"median threads (\d+): (\d+) ms", out))


def warm(base, rounds):
    """Steady-state engine time on one thread and on every core (same JVM, alternating), then two one-thread
    JVMs at once on two copies of the blog: what the cores give independent work."""
    cores = os.cpu_count()
    src = os.path.join(base, "blog", "src", "blog")
    both = medians(throughput(src, os.path.join(base, "warm"), rounds, "1,%d" % cores))
    other = os.path.join(twin(base), "src", "blog")
    pair = [throughput(src, os.path.join(base, "warm"), rounds, "1"),
            throughput(other, os.path.join(base, "warm-twin"), rounds, "1")]
    side = [medians(p)[1] for p in pair]
    return {"one": both[1], "all": both[cores], "side": statistics.median(side)}


def hugo(base):
    aside(os.path.join(base, "hugo", "public"))
    secs, kib, _, cpu = timed("hugo --quiet", os.path.join(base, "hugo"))
    return {"secs": secs, "kib": kib, "user": cpu[0], "system": cpu[1]}


def edit_one_post(base, round_no):
    posts = os.path.join(base, "blog", "src", "blog", "_posts")
    first = sorted(os.listdir(posts))[len(os.listdir(posts)) // 2]
    with open(os.path.join(posts, first), "a") as f:
        f.write("\nAn edit for the benchmark, round %d.\n" % round_no)


RUN_ID = time.strftime("%Y%m%d%H%M%S")


def retag_one_post(base, round_no):
    """Gives the middle post one more tag, new to the blog each round (the corpus is kept between runs of the
    script, so the tag names this run): a new tag page, the tag index, the post, the sitemap and the search index
    change."""
    posts = os.path.join(base, "blog", "src", "blog", "_posts")
    name = os.path.join(posts, sorted(os.listdir(posts))[len(os.listdir(posts)) // 2 + 1])
    with open(name) as f:
        text = f.read()
    text = re.sub(r"^tags: \[", "tags: [bench-%s-%d, " % (RUN_ID, round_no), text, count=1, flags=re.M)
    with open(name, "w") as f:
        f.write(text)


def median(rows, key):
    return statistics.median(r[key] for r in rows)


def use_jdk(java_home):
    """Runs what follows on this JDK: Maven on the one JAVA_HOME names, the warm engine runs on the `java` first on
    the PATH."""
    if not os.path.isfile(os.path.join(java_home, "bin", "java")):
        sys.exit("--java-home: no bin/java in " + java_home)
    os.environ["JAVA_HOME"] = java_home
    os.environ["PATH"] = os.path.join(java_home, "bin") + os.pathsep + os.environ["PATH"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--big", type=int, default=0, help="also build this many posts once, with -Xmx2g")
    ap.add_argument("--warm-rounds", type=int, default=3, help="measured rounds of the warm engine runs (0: none)")
    ap.add_argument("--jvm-config", default="", help="JVM options for the blog's .mvn/jvm.config, as a project "
                    "would set them (see the README's recommendation)")
    ap.add_argument("--big-jvm-config", default=None, help="the same for the --big blog (default: --jvm-config's; "
                    "the README recommends keeping the C2 compiler for very large blogs)")
    ap.add_argument("--java-home", default=None, help="the JDK that runs Maven and the warm engine runs "
                    "(default: JAVA_HOME's, else the `java` on the PATH)")
    args = ap.parse_args()
    global JVM_CONFIG, BIG_JVM_CONFIG
    JVM_CONFIG = args.jvm_config
    BIG_JVM_CONFIG = args.jvm_config if args.big_jvm_config is None else args.big_jvm_config
    if args.java_home:
        use_jdk(args.java_home)
    for tool in ("hugo", "mvn", "/usr/bin/time"):
        if not shutil.which(tool):
            sys.exit("missing %s: apt-get install hugo time (and mvn -B install the plugin first)" % tool)
    if empty_trash():
        time.sleep(35)  # what an interrupted run left is deleted well before anything is timed (see aside())
    results = {}
    for n in [int(s) for s in args.sizes.split(",")]:
        base = corpus(n)
        full, noop, edit, retag, hugos, single, pair = [], [], [], [], [], [], []
        # one untimed build of each first: the corpus is read into the page cache for both tools alike, and a JVM
        # class-data archive that the options name (-XX:+AutoCreateSharedArchive) is made here, not in a timed run
        hugo(base)
        ours(base)
        for i in range(args.runs):
            # alternate the order so that neither tool always runs on a warmer machine
            if i % 2 == 0:
                hugos.append(hugo(base))
                full.append(ours(base))
            else:
                full.append(ours(base))
                hugos.append(hugo(base))
            noop.append(run_ours(base))
            edit_one_post(base, i)
            edit.append(run_ours(base))
            retag_one_post(base, i)
            retag.append(run_ours(base))
            # the same full build on one thread: the engine's own parallel speed-up
            single.append(ours(base, args="-Dblog.threads=1"))
            pair.extend(side_by_side(base))
            print("%d posts, run %d: ours %.1f s, hugo %.1f s, ours no change %.1f s (%d written), one edit %.1f s "
                  "(%d rendered), one retag %.1f s (%d written), one thread %.1f s"
                  % (n, i + 1, full[-1]["secs"], hugos[-1]["secs"], noop[-1]["secs"], noop[-1]["written"],
                     edit[-1]["secs"], edit[-1]["rendered"], retag[-1]["secs"], retag[-1]["written"],
                     single[-1]["secs"]), flush=True)
        results[n] = {"warm": warm(base, args.warm_rounds) if args.warm_rounds else None,
                      "full": full, "noop": noop, "edit": edit, "retag": retag, "hugo": hugos, "single": single,
                      "pair": pair}
    big = None
    if args.big:
        base = corpus(args.big, BIG_JVM_CONFIG)
        try:
            if "SharedArchiveFile" in BIG_JVM_CONFIG:
                # the archive is made by a build of its own (the same options; it is the JVM's, not the heap's)
                ours(base, "-Xmx2g")
            big = ours(base, "-Xmx2g")
            big["posts"] = args.big
            print("%d posts with -Xmx2g: %.1f s, peak %d MiB" % (args.big, big["secs"], big["kib"] / 1024),
                  flush=True)
        except SystemExit as failed:
            print("%d posts with -Xmx2g failed: %s" % (args.big, str(failed)[-2000:]), flush=True)
            big = {"posts": args.big, "failed": str(failed).strip().splitlines()[-1][:300]}
    write_report(results, args.runs, big)
    empty_trash()


def versions():
    def first(cmd):
        r = sh(cmd)
        return (r.stdout or r.stderr).strip().splitlines()[0] if (r.stdout or r.stderr).strip() else "?"
    cpu = first("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2")
    return [("machine", "%s cores, %s, %s" % (os.cpu_count(), first("free -h | awk '/Mem:/{print $2}'") + " RAM",
                                               cpu.strip())),
            ("java", first("java -version 2>&1")), ("maven", first("mvn -v | sed 's/\\x1b\\[[0-9;]*m//g'")),
            ("hugo", first("hugo version"))]


def write_report(results, runs, big=None):
    lines = ["# Benchmark: blog-maven-plugin against Hugo", "",
             "Produced by `python3 bench/bench.py` (%d runs per size, alternating; medians). Whole processes: "
             "`mvn -o -B blog:build` with Maven's own start-up, and `hugo --quiet`, each from a clean output "
             "folder; peak memory is the largest resident set size that GNU time saw." % runs, ""]
    if JVM_CONFIG:
        lines += ["Our blog's `.mvn/jvm.config`: `%s` (as the README recommends; Hugo has no such setting)." % JVM_CONFIG,
                  ""]
    for k, v in versions():
        lines.append("- %s: %s" % (k, v))
    lines += ["", "| posts | ours, full | Hugo, full | ours / Hugo | ours, peak MiB | Hugo, peak MiB | ours, no change "
                  "(files written; % of full) | ours, one post's body edited (files rendered; % of full) | ours, one "
                  "post's tags changed (files written) |",
              "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for n, r in sorted(results.items()):
        o, h = median(r["full"], "secs"), median(r["hugo"], "secs")
        lines.append("| %d | %.1f s | %.1f s | %.2f | %d | %d | %.1f s (%d; %.0f%%) | %.1f s (%d; %.0f%%) | %.1f s (%d) |" % (
            n, o, h, o / h, median(r["full"], "kib") / 1024, median(r["hugo"], "kib") / 1024,
            median(r["noop"], "secs"), max(x["written"] for x in r["noop"]), 100 * median(r["noop"], "secs") / o,
            median(r["edit"], "secs"), median(r["edit"], "rendered"), 100 * median(r["edit"], "secs") / o,
            median(r["retag"], "secs"), median(r["retag"], "written")))
    # a machine on which one tool is slow shows in its CPU time, a busy machine in neither: user and system seconds
    # of the same clean builds
    lines += ["", "CPU time of the clean full builds (medians; user and system seconds, as GNU time reports them):",
              "", "| posts | ours, user | ours, system | Hugo, user | Hugo, system |", "|---:|---:|---:|---:|---:|"]
    for n, r in sorted(results.items()):
        lines.append("| %d | %.1f s | %.1f s | %.1f s | %.1f s |" % (
            n, median(r["full"], "user"), median(r["full"], "system"), median(r["hugo"], "user"),
            median(r["hugo"], "system")))
    # the machine drifts between faster and slower spells over minutes: each run's rebuilds over the same run's full
    # build, a ratio of neighbours in time, beside the ratio of the medians above
    lines += ["", "Rebuilds over the full build of the same run (each run's ratio, then their median; the table gives "
                  "the ratio of the medians):", "", "| posts | no change | one body edited | each run's one-edit ratio |",
              "|---:|---:|---:|---|"]
    for n, r in sorted(results.items()):
        pairs = [(e["secs"] / f["secs"], z["secs"] / f["secs"]) for f, e, z in zip(r["full"], r["edit"], r["noop"])]
        lines.append("| %d | %.0f%% | %.0f%% | %s |" % (n, 100 * statistics.median(p[1] for p in pairs),
                                                      100 * statistics.median(p[0] for p in pairs),
                                                      ", ".join("%.0f%%" % (100 * p[0]) for p in pairs)))
    lines += ["", "Parallel speed-up of the engine (the build's own time, without Maven's start-up), full builds in "
                  "the same runs, one thread (`-Dblog.threads=1`) against one per core:", "",
              "| posts | one thread | %d threads | speed-up |" % os.cpu_count(), "|---:|---:|---:|---:|"]
    for n, r in sorted(results.items()):
        one, all_ = median(r["single"], "engine"), median(r["full"], "engine")
        lines.append("| %d | %.1f s | %.1f s | %.2f |" % (n, one / 1000, all_ / 1000, one / all_))
    lines += ["", "What the cores give two independent jobs: two one-thread builds of two copies of the blog run at "
                  "the same time, against one alone. Twice the one-alone time over the side-by-side time is the "
                  "most any parallel build can gain on this machine:", "",
              "| posts | one thread alone | two at once, each | ceiling | our speed-up / ceiling |",
              "|---:|---:|---:|---:|---:|"]
    for n, r in sorted(results.items()):
        one, all_ = median(r["single"], "engine"), median(r["full"], "engine")
        both = statistics.median(r["pair"])
        ceiling = 2 * one / both
        lines.append("| %d | %.1f s | %.1f s | %.2f | %.0f%% |" % (n, one / 1000, both / 1000, ceiling,
                                                                   100 * (one / all_) / ceiling))
    if big and "failed" in big:
        lines += ["", "%d posts, one full build with `MAVEN_OPTS=-Xmx2g`: failed (%s)." % (big["posts"], big["failed"])]
    elif big:
        ten = results.get(10000)
        lines += ["", "%d posts, one full build with `MAVEN_OPTS=-Xmx2g`%s: %.1f s, peak %d MiB%s." % (
            big["posts"], "" if BIG_JVM_CONFIG == JVM_CONFIG else " and `.mvn/jvm.config` `%s`" % BIG_JVM_CONFIG,
            big["secs"], big["kib"] / 1024,
            "" if not ten else ", %.1f times the 10,000-post median" % (big["secs"] / median(ten["full"], "secs")))]
    if any(r.get("warm") for r in results.values()):
        lines += ["", "The engine's steady-state throughput (`bench/EngineThroughput.java`: full builds in one warm "
                      "JVM, clean output and cache each time, one thread and one per core alternating, after two "
                      "warm-up rounds; medians), and the same one-thread runs in two JVMs at once on two copies of "
                      "the blog, which shows what this machine's cores give two independent jobs:", "",
                  "| posts | one thread | %d threads | speed-up | two one-thread JVMs at once, each | ceiling "
                  "(2 × alone / at once) |" % os.cpu_count(), "|---:|---:|---:|---:|---:|---:|"]
        for n, r in sorted(results.items()):
            w = r.get("warm")
            if w:
                lines.append("| %d | %.2f s | %.2f s | %.2f | %.2f s | %.2f |" % (
                    n, w["one"] / 1000, w["all"] / 1000, w["one"] / w["all"], w["side"] / 1000,
                    2 * w["one"] / w["side"]))
    lines += ["", "Our phases in a full build (medians, ms):", "", "| posts | " + " | ".join(
        next(iter(results.values()))["full"][0]["phases"].keys()) + " |",
              "|---:|" + "---:|" * len(next(iter(results.values()))["full"][0]["phases"])]
    for n, r in sorted(results.items()):
        keys = r["full"][0]["phases"].keys()
        lines.append("| %d | " % n + " | ".join("%d" % statistics.median(x["phases"][k] for x in r["full"])
                                                 for k in keys) + " |")
    lines += ["", "![Build time against number of posts](results.svg)", ""]
    with open(os.path.join(HERE, "RESULTS.md"), "w") as f:
        f.write("\n".join(lines))
    with open(os.path.join(HERE, "results.svg"), "w") as f:
        f.write(chart(results))
    print("\n".join(lines))


def chart(results):
    sizes = sorted(results)
    series = [("ours, full", "full", "#0b63c9"), ("Hugo, full", "hugo", "#c0392b"),
              ("ours, no change", "noop", "#13795b"), ("ours, one post edited", "edit", "#8e44ad")]
    w, h, left, bottom, top = 640, 360, 60, 50, 20
    ymax = max(median(results[n][k], "secs") for n in sizes for _, k, _ in series) * 1.15
    def x(i):
        return left + (w - left - 20) * (i / max(1, len(sizes) - 1))
    def y(v):
        return h - bottom - (h - bottom - top) * v / ymax
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
           'font-family="system-ui, sans-serif" font-size="12">' % (w, h, w, h),
           '<rect width="%d" height="%d" fill="#fff"/>' % (w, h),
           '<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#888"/>' % (left, h - bottom, w - 20, h - bottom),
           '<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#888"/>' % (left, top, left, h - bottom)]
    for t in range(0, 6):
        v = ymax * t / 5
        out.append('<text x="%d" y="%.1f" text-anchor="end">%.0f s</text>' % (left - 6, y(v) + 4, v))
    for i, n in enumerate(sizes):
        # the last label ends at its point, so that it stays inside the picture
        anchor = "end" if i == len(sizes) - 1 and i > 0 else "middle"
        out.append('<text x="%.1f" y="%d" text-anchor="%s">%d posts</text>' % (x(i), h - bottom + 18, anchor, n))
    for j, (label, key, color) in enumerate(series):
        pts = " ".join("%.1f,%.1f" % (x(i), y(median(results[n][key], "secs"))) for i, n in enumerate(sizes))
        out.append('<polyline fill="none" stroke="%s" stroke-width="2.5" points="%s"/>' % (color, pts))
        for i, n in enumerate(sizes):
            out.append('<circle cx="%.1f" cy="%.1f" r="4" fill="%s"/>' % (x(i), y(median(results[n][key], "secs")), color))
        out.append('<rect x="%d" y="%d" width="12" height="12" fill="%s"/><text x="%d" y="%d">%s</text>'
                   % (left + 10, top + 4 + 18 * j, color, left + 28, top + 14 + 18 * j, label))
    out.append("</svg>")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
