def out = new File(basedir, 'target/site/blog')
def read = { String p -> new File(out, p).getText('UTF-8') }
['index.html', 'categories/ehr/page/2/index.html', '2024/01/10/post-1/index.html', '2024/02/10/post-2/index.html',
 'categories/ehr/index.html', 'tags/t3/index.html', 'authors/sandy/index.html', 'archive/index.html',
 'about/index.html', 'feed.xml', 'atom.xml', 'feed.json', 'categories/healthcare/feed.xml', 'sitemap.xml',
 'robots.txt', '404.html', 'assets/file.txt', 'assets/blog/theme.css'].each {
    assert new File(out, it).isFile() : "missing $it"
}
assert !new File(out, 'page/2/index.html').exists() : 'two listed posts fit on one page'
def home = read('index.html')
assert home.contains('Featured')
assert !home.contains('/2024/02/10/post-2/') : 'hidden post listed on the home page'
assert read('feed.xml').contains('<link>https://it.example.org/blog/2024/01/10/post-1/</link>')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /Blog built: 3 posts, 1 page, 5 feeds in \d+ ms/
true
