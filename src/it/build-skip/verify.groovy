assert !new File(basedir, 'target/site/blog').exists()
assert new File(basedir, 'build.log').getText('UTF-8').contains('Skipping the blog (blog.skip)')
true
