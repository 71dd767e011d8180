#!/usr/bin/env python3
"""Writes a realistic Jekyll-style blog of N posts, the same for blog-maven-plugin and for Hugo.

Posts have 300-2,000 words, headings, lists, code, tables and images, about 50 tags, 10 authors and 8
categories. The text is made from a fixed vocabulary with a fixed seed, so every run writes the same corpus.
"""
import argparse
import os
import random

WORDS = ("patient record clinical data pipeline service query latency cache schema event stream model "
         "validation profile bundle resource request response cluster node index shard replica metric "
         "alert dashboard deploy release feature flag rollout canary test coverage build artifact module "
         "interface contract version migration backlog sprint review design document decision tradeoff "
         "throughput memory thread lock queue batch window retry timeout circuit breaker gateway token "
         "identity consent audit trail encryption key rotation backup restore snapshot incident postmortem "
         "runbook oncall handover ward nurse physician lab result order medication allergy observation").split()
TAGS = ["tag-%02d" % i for i in range(50)]
CATEGORIES = ["engineering", "healthcare", "platform", "frontend", "data", "security", "operations", "release"]
AUTHORS = ["author%d" % i for i in range(10)]


def sentence(rnd, n=None):
    n = n or rnd.randint(8, 20)
    words = [rnd.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def paragraph(rnd):
    return " ".join(sentence(rnd) for _ in range(rnd.randint(3, 6)))


def body(rnd, target_words):
    parts, words, section = [], 0, 0
    while words < target_words:
        kind = rnd.random()
        if kind < 0.12:
            section += 1
            parts.append("## Section %d: %s" % (section, sentence(rnd, 4)[:-1]))
        elif kind < 0.22:
            items = [sentence(rnd, rnd.randint(5, 10)) for _ in range(rnd.randint(3, 6))]
            parts.append("\n".join("- " + i for i in items))
            words += sum(len(i.split()) for i in items)
        elif kind < 0.28:
            parts.append("```java\nclass Example%d {\n    int value = %d;\n    String name() { return \"%s\"; }\n}\n```"
                         % (rnd.randint(0, 999), rnd.randint(0, 9999), rnd.choice(WORDS)))
            words += 12
        elif kind < 0.33:
            rows = "\n".join("| %s | %d | %d ms |" % (rnd.choice(WORDS), rnd.randint(1, 999), rnd.randint(1, 99))
                             for _ in range(rnd.randint(3, 6)))
            parts.append("| Name | Count | Time |\n|------|------:|-----:|\n" + rows)
            words += 20
        elif kind < 0.37:
            parts.append("![%s](/assets/images/figure-%d.svg)" % (sentence(rnd, 4)[:-1], rnd.randint(0, 9)))
        else:
            p = paragraph(rnd)
            parts.append(p)
            words += len(p.split())
    return "\n\n".join(parts) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("posts", type=int)
    ap.add_argument("out")
    args = ap.parse_args()
    rnd = random.Random(args.posts)
    ours = os.path.join(args.out, "blog", "src", "blog")
    hugo = os.path.join(args.out, "hugo")
    for d in (os.path.join(ours, "_posts"), os.path.join(ours, "_data"), os.path.join(ours, "assets", "images"),
              os.path.join(hugo, "content", "posts"), os.path.join(hugo, "static", "assets", "images")):
        os.makedirs(d, exist_ok=True)
    with open(os.path.join(ours, "_data", "authors.yml"), "w") as f:
        for a in AUTHORS:
            f.write("%s:\n  name: %s\n  bio: %s\n" % (a, a.capitalize(), sentence(rnd)))
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"><rect width="800" height="400" fill="#%06x"/></svg>\n'
    for i in range(10):
        for base in (os.path.join(ours, "assets", "images"), os.path.join(hugo, "static", "assets", "images")):
            with open(os.path.join(base, "figure-%d.svg" % i), "w") as f:
                f.write(svg % rnd.randint(0, 0xffffff))
    for i in range(args.posts):
        year = 2015 + i * 10 // max(args.posts, 1)
        month, day = rnd.randint(1, 12), rnd.randint(1, 28)
        slug = "post-%06d-%s-%s" % (i, rnd.choice(WORDS), rnd.choice(WORDS))
        title = sentence(rnd, rnd.randint(4, 9))[:-1]
        tags = rnd.sample(TAGS, rnd.randint(1, 4))
        cats = rnd.sample(CATEGORIES, rnd.randint(1, 2))
        date = "%04d-%02d-%02d" % (year, month, day)
        front = ("---\ntitle: \"%s\"\ndate: %s %02d:%02d:00 +0000\nauthor: %s\ncategories: [%s]\ntags: [%s]\n"
                 "image: /assets/images/figure-%d.svg\n---\n") % (
            title, date, rnd.randint(0, 23), rnd.randint(0, 59), rnd.choice(AUTHORS), ", ".join(cats),
            ", ".join(tags), rnd.randint(0, 9))
        text = front + "\n" + body(rnd, rnd.randint(300, 2000))
        with open(os.path.join(ours, "_posts", "%s-%s.md" % (date, slug)), "w") as f:
            f.write(text)
        with open(os.path.join(hugo, "content", "posts", "%s-%s.md" % (date, slug)), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
