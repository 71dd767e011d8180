#!/usr/bin/env python3
"""Side by side: one-post rebuilds with this checkout's plugin against the plugin of another commit, alternating.

Usage: python3 bench/ab.py --against 4c55e68 [--pairs 10] [--posts 10000] [--java-home DIR] [--jvm-config "..."]
Needs: this checkout's plugin installed (`mvn -B install`). The blog is bench.py's corpus of that size (made if
missing), and the builds are timed as bench.py times them.

The other commit is built in a git worktree under target/ab and installed as version 0.1.0-AB (its pom and so its
plugin descriptor say so; Maven refuses a descriptor whose version is not the one asked for). Each plugin gets its
own copy of the blog, built once in full (untimed); then each pair adds a line to the same post of both copies and
runs `mvn -o -B blog:build` in each, in alternating order. Prints each build and the medians of wall time, engine
time and user CPU time, and in how many pairs this checkout's plugin was the quicker.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

import bench  # the corpus, the timing and the edit are the benchmark's own (bench.py, beside this file)

ROOT = bench.ROOT
WORK = os.path.join(ROOT, "target", "ab")
OTHER_VERSION = "0.1.0-AB"


def run(cmd, cwd):
    r = subprocess.run(cmd, cwd=cwd, shell=True, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("failed: %s\n%s\n%s" % (cmd, r.stdout[-3000:], r.stderr[-3000:]))
    return r


def install_other(rev):
    tree = os.path.join(WORK, "tree")
    if os.path.isdir(tree):
        run("git worktree remove --force " + tree, ROOT)
    os.makedirs(WORK, exist_ok=True)
    run("git worktree add --detach %s %s" % (tree, rev), ROOT)
    pom = os.path.join(tree, "pom.xml")
    with open(pom) as f:
        text = f.read()
    # the project's own version is the first <version> after its artifactId
    at = text.index("<artifactId>blog-maven-plugin</artifactId>")
    start = text.index("<version>", at)
    end = text.index("</version>", start)
    with open(pom, "w") as f:
        f.write(text[:start] + "<version>" + OTHER_VERSION + text[end:])
    run("mvn -o -B -q install -DskipTests -Dinvoker.skip", tree)
    run("git worktree remove --force " + tree, ROOT)


def blog_copy(corpus, name, version):
    """A copy of the corpus's blog (sources, pom, .mvn) as WORK/name/blog, its pom naming this plugin version."""
    dest = os.path.join(WORK, name, "blog")
    if os.path.isdir(dest):
        shutil.rmtree(dest)
    shutil.copytree(os.path.join(corpus, "blog"), dest, ignore=shutil.ignore_patterns("target"))
    pom = os.path.join(dest, "pom.xml")
    with open(pom) as f:
        text = f.read()
    with open(pom, "w") as f:
        f.write(re.sub(r"<blog-maven-plugin.version>[^<]*<", "<blog-maven-plugin.version>" + version + "<", text))
    return os.path.dirname(dest)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--against", required=True, help="the commit whose plugin is the other side")
    ap.add_argument("--pairs", type=int, default=10)
    ap.add_argument("--posts", type=int, default=10000)
    ap.add_argument("--java-home", default=None)
    ap.add_argument("--jvm-config", default="-XX:+UseParallelGC -Xmn128m -XX:TieredStopAtLevel=1 "
                    "-XX:MetaspaceSize=64m -XX:+UseTransparentHugePages")
    args = ap.parse_args()
    if args.java_home:
        bench.use_jdk(args.java_home)
    corpus = bench.corpus(args.posts, args.jvm_config)
    install_other(args.against)
    sides = {"this": blog_copy(corpus, "this", "0.1.0-SNAPSHOT"),
             args.against: blog_copy(corpus, "other", OTHER_VERSION)}
    for base in sides.values():
        bench.run_ours(base)  # the full build and its caches, untimed
    times = {name: [] for name in sides}
    for n in range(1, args.pairs + 1):
        order = list(sides) if n % 2 else list(reversed(list(sides)))
        for name in order:
            bench.edit_one_post(sides[name], n)
            r = bench.run_ours(sides[name])
            times[name].append(r)
            print("pair %d, %s: %.2f s wall, %.2f s user, engine %d ms" % (n, name, r["secs"], r["user"],
                                                                           r["engine"]), flush=True)
    for name, rows in times.items():
        print("%s: median %.2f s wall, %.2f s user CPU, engine %d ms (%d builds)" % (
            name, bench.median(rows, "secs"), bench.median(rows, "user"), bench.median(rows, "engine"), len(rows)))
    quicker = sum(1 for a, b in zip(times["this"], times[args.against]) if a["secs"] < b["secs"])
    print("this checkout quicker in %d of %d pairs" % (quicker, args.pairs))


if __name__ == "__main__":
    main()
