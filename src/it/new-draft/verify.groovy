def draft = new File(basedir, 'src/blog/_drafts/ca-va-une-idee.md')
assert draft.isFile()
assert draft.getText('UTF-8').contains('title: "Ça va? Une idée"')
assert !new File(basedir, 'src/blog/_posts').exists()
true
