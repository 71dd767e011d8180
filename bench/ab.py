#!/usr/bin/env python3
"""Side by side: one-post rebuilds with this checkout's plugin against the plugin of another commit, alternating.

Usage: python3 bench/ab.py --against 4c55e68 [--pairs 10] [--posts 10000] [--java-home DIR] [--jvm-config "..."]
Needs: this checkout's plugin installed (`mvn -B install`) and the bench corpus of that size
(`python3 bench/bench.py --sizes N` makes it, or this script does, with bench/generate.py).

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
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(ROOT, "target", "ab")
OTHER_VERSION = "0.1.0-AB"
ENGINE = re.compile(r"feeds? in (\d+) ms")


def run(cmd, cwd, env=None):
    r = subprocess.run(cmd, cwd=cwd, shell=True, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        sys.exit("failed: %s\n%s\n%s" % (cmd, r.stdout[-3000:], r.stderr[-3000:]))
    return r


def install_other(rev, env):
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
    run("mvn -o -B -q install -DskipTests -Dinvoker.skip", tree, env)
    run("git worktree remove --force " + tree, ROOT)


def blog_copy(source, name, version, jvm_config):
    dest = os.path.join(WORK, name)
    if os.path.isdir(dest):
        shutil.rmtree(dest)
    os.makedirs(dest)
    shutil.copytree(os.path.join(source, "src"), os.path.join(dest, "src"))
    with open(os.path.join(HERE, "blog-pom.xml")) as f:
        pom = f.read()
    with open(os.path.join(dest, "pom.xml"), "w") as f:
        f.write(re.sub(r"<blog-maven-plugin.version>[^<]*<", "<blog-maven-plugin.version>" + version + "<", pom))
    if jvm_config:
        os.makedirs(os.path.join(dest, ".mvn"))
        with open(os.path.join(dest, ".mvn", "jvm.config"), "w") as f:
            f.write(jvm_config + "\n")
    return dest


def edit(blog, n):
    posts = os.path.join(blog, "src", "blog", "_posts")
    names = sorted(os.listdir(posts))
    with open(os.path.join(posts, names[len(names) // 2]), "a") as f:
        f.write("\nA side-by-side edit, pair %d.\n" % n)


def build(blog, env):
    os.sync()
    r = subprocess.run(["/usr/bin/time", "-f", "AB %e %U", "mvn", "-o", "-B", "blog:build"], cwd=blog,
                       capture_output=True, text=True, env=env)
    if r.returncode != 0:
        sys.exit("build failed in %s:\n%s" % (blog, r.stdout[-3000:]))
    # Maven may leave terminal escapes at the start of the line GNU time writes to
    line = [l[l.index("AB "):] for l in r.stderr.splitlines() if "AB " in l][-1]
    wall, user = line.split()[1:3]
    return float(wall), float(user), int(ENGINE.search(r.stdout).group(1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--against", required=True, help="the commit whose plugin is the other side")
    ap.add_argument("--pairs", type=int, default=10)
    ap.add_argument("--posts", type=int, default=10000)
    ap.add_argument("--java-home", default=None)
    ap.add_argument("--jvm-config", default="-XX:+UseParallelGC -Xmn128m -XX:TieredStopAtLevel=1 "
                    "-XX:MetaspaceSize=64m -XX:+UseTransparentHugePages")
    args = ap.parse_args()
    env = dict(os.environ)
    if args.java_home:
        env["JAVA_HOME"] = args.java_home
        env["PATH"] = os.path.join(args.java_home, "bin") + os.pathsep + env["PATH"]
    corpus = os.path.join(ROOT, "target", "bench", str(args.posts))
    if not os.path.isdir(os.path.join(corpus, "blog", "src", "blog", "_posts")):
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(args.posts), corpus], check=True)
    install_other(args.against, env)
    sides = {"this": blog_copy(os.path.join(corpus, "blog"), "this", "0.1.0-SNAPSHOT", args.jvm_config),
             args.against: blog_copy(os.path.join(corpus, "blog"), "other", OTHER_VERSION, args.jvm_config)}
    for blog in sides.values():
        build(blog, env)  # the full build and its caches, untimed
    times = {name: [] for name in sides}
    for n in range(1, args.pairs + 1):
        order = list(sides) if n % 2 else list(reversed(list(sides)))
        for name in order:
            edit(sides[name], n)
            t = build(sides[name], env)
            times[name].append(t)
            print("pair %d, %s: %.2f s wall, %.2f s user, engine %d ms" % (n, name, t[0], t[1], t[2]), flush=True)
    for name, ts in times.items():
        print("%s: median %.2f s wall, %.2f s user CPU, engine %d ms (%d builds)" % (
            name, statistics.median(t[0] for t in ts), statistics.median(t[1] for t in ts),
            statistics.median(t[2] for t in ts), len(ts)))
    quicker = sum(1 for a, b in zip(times["this"], times[args.against]) if a[0] < b[0])
    print("this checkout quicker in %d of %d pairs" % (quicker, args.pairs))


if __name__ == "__main__":
    main()
