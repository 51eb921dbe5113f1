def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
assert log.contains('Blog validation failed: 2 errors in 2 files')
assert log.contains('''[ERROR] src/main/blog/_posts/2022-10-02-typo.md:3:1: error: 'category' must be one of daily_life, tech, reading; got "daly_life" (rule from blog-rules.json) [schema-violation]
[ERROR]     hint: did you mean daily_life?''')
assert log.contains('''[ERROR] src/main/blog/_posts/2022-10-03-none.md:1:1: error: missing required key 'category' (rule from _schemas/post.json) [schema-violation]
[ERROR]     hint: add a line: category: ...''')
// The real post satisfies both schemas; the page-layout post is outside _schemas/post.json.
assert !log.contains('2022_10_plan.md:')
assert !log.contains('2022-10-04-page-layout.md:')
return true
