def posts = new File(basedir, 'src/blog/_posts').listFiles()
assert posts.length == 1
def post = posts[0]
assert post.name ==~ /\d{4}-\d{2}-\d{2}-relevance-of-transformer-models-in-healthcare\.md/
def text = post.getText('UTF-8')
assert text.contains('title: "Relevance of transformer models in healthcare"')
assert text.contains('author: "sandy"')
assert text.contains('categories: []') && text.contains('tags: []')
assert text.contains('featured: false') && text.contains('hidden: false')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Wrote post ' + post.path)
true
