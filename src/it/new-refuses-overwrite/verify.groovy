def draft = new File(basedir, 'src/blog/_drafts/kept-as-is.md')
assert draft.getText('UTF-8') == '---\ntitle: Mine\n---\nMy own words.\n'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('_drafts/kept-as-is.md: already exists and was left as it is')
true
