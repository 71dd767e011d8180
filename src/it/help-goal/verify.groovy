def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('blog:build')
assert log.contains('blog.baseUrl')
assert log.contains('sourceDirectory')
true
