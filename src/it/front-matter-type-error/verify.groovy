def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = '''[ERROR] src/main/blog/_posts/2022-10-01-yes.md:2:8: error: 'title' must be text, but YAML reads yes as a boolean [title-type]
[ERROR]     hint: quote it: title: "yes"
[ERROR] src/main/blog/_posts/2022-10-02-version.md:2:8: error: 'title' must be text, but YAML reads 2021.10 as a number [title-type]
[ERROR]     hint: quote it: title: "2021.10"
[ERROR] src/main/blog/_posts/2022-10-02-version.md:3:12: error: 'published' must be true or false, got "false" [boolean-type]
[ERROR]     hint: write published: false (without quotes)
[ERROR] src/main/blog/_posts/2022-10-03-time.md:2:8: error: 'title' must be text, but YAML reads 10:30 as a number [title-type]
[ERROR]     hint: quote it: title: "10:30"
[ERROR] src/main/blog/_posts/2022-10-03-time.md:4:3: error: 'tags' must be a word or a list of words, not a map [words-type]
[ERROR]     hint: write tags: [java, maven]'''
assert log.contains('Blog validation failed: 5 errors in 3 files')
assert log.replace('\r\n', '\n').contains(expected)
assert !new File(basedir, 'target/blog').exists()
return true
