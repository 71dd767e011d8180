def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("_posts/2024-02-01-broken.md:3: invalid YAML") : "expected the error message in the log"
assert log.contains('Nothing was published')
assert !new File(basedir, 'target/site/blog/index.html').exists() : 'a failed build must not publish'
true
