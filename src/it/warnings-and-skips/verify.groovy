def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
// First run: warnings with hints, one line naming every skipped post, and the build succeeds.
assert log.contains('''[WARNING] src/main/blog/_posts/2022-10-02-typo.md:3:1: warning: unknown key 'catgory' [unknown-key-near-miss]
[WARNING]     hint: did you mean 'category'?''')
assert log.contains('''[WARNING] src/main/blog/_posts/2022-10-03-moved.md:3:7: warning: 'date' is 2022-10-04 in the site's time zone (UTC) but the file name says 2022-10-03; the date: line wins, as in Jekyll [date-day-mismatch]''')
assert log.contains('[INFO] Skipped 3 posts: _drafts/idea.md (draft), _posts/2022-10-05-hidden.md (published: false), '
        + '_posts/2099-01-01-future.md (dated in the future) (use -Dblog.drafts, -Dblog.future or -Dblog.unpublished to include them)')
assert log.contains('[INFO] Validated 5 posts, 2 warnings in ')
assert new File(basedir, 'target/blog/2022/10/04/moved.html').isFile() : 'the date: line wins'
// Second run: -Dblog.failOnWarnings=true fails on the same warnings.
assert log.contains('2 warnings (listed above) and blog.failOnWarnings is true')
// Third run: -Dblog.strictKeys=true makes the unknown key an error.
assert log.contains('''[ERROR] src/main/blog/_posts/2022-10-02-typo.md:3:1: error: unknown key 'catgory' [unknown-key-near-miss]
[ERROR]     hint: did you mean 'category'?''')
return true
