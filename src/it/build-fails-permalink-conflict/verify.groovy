def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("_posts/2024-02-01-clash.md:3: permalink /2024/01/01/good/ is also the permalink of _posts/2024-01-01-good.md") : "expected the error message in the log"
assert log.contains('Nothing was published')
assert !new File(basedir, 'target/site/blog/index.html').exists() : 'a failed build must not publish'
true
