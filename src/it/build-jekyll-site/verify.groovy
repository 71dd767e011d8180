// a Jekyll site (it has a _config.yml) builds with its content as Jekyll renders it
def out = new File(basedir, 'target/site/blog')
def read = { String p -> new File(out, p).getText('UTF-8') }
['index.html', 'page2/index.html', '2024/kramdown/index.html', '2024/plain/index.html', '2024/third/index.html',
 'feed.xml'].each {
    assert new File(out, it).isFile() : "missing $it"
}
def post = read('2024/kramdown/index.html')
assert post.contains('<ul id="markdown-toc">') : 'no table of contents'
assert post.contains('<a href="#part-one" id="markdown-toc-part-one">First part</a>')
assert post.contains('<h2 id="part-one">First part</h2>')
assert post.contains('<p class="lead">A lead paragraph, \u201cquoted\u201d &ndash; with a dash.</p>')
assert post.contains('<a href="https://github.com/example/project" rel="nofollow">repository</a>')
assert post.contains('or https://example.org (not a link in kramdown)')
assert post.contains('<div class="note">') && post.contains('<em>Markdown</em> inside HTML')
assert post.contains('href="#fn:more"') && post.contains('id="fn:more"')
assert !post.contains('{:') && !post.contains('markdown="1"')
// the lenient Ruby date is read in the site's zone
assert post.contains('datetime="2024-01-10T18:30:22-08:00"')
assert read('2024/plain/index.html').contains('<p>Written in <strong>HTML</strong> for Old Jekyll Blog.</p>')
assert read('2024/third/index.html').contains('href="/news/2024/kramdown/"')
assert read('index.html').contains('href="/news/page2/"') : 'paginate_path not used'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /Blog built: 3 posts, 0 pages, \d+ feeds in \d+ ms/
assert log.contains("[WARNING] _posts/2024-01-10-kramdown.md:1: layout 'news_item' (and 2 other files) is not a layout of this theme, so the 'post' layout is used")
assert log.contains("[WARNING] _posts/2024-01-10-kramdown.md:3: date '2024-01-10 18:30:22 2024 -0800' has text after its time that Jekyll ignores")
true
