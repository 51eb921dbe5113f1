// A build killed while it moved changed files into the site left a journal: the next build puts the old files
// back before anything else, warns that it did, and then writes the site as usual. Nothing of the stopped build
// (journal, files set aside, files it added) is left.
def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
def target = new File(basedir, 'target')
assert log.contains('[WARNING] target/blog: warning: the last build stopped while it updated the site here; the files it had changed were put back first [interrupted-update]\n'
        + '[WARNING]     hint: nothing to do: this build brings the site up to date') : log
assert log.contains('BUILD SUCCESS')
assert !new File(target, 'blog.journal').exists()
assert !new File(target, 'blog.previous').exists()
assert !new File(target, 'blog.staging').exists()
assert !new File(target, 'blog/added.html').exists()
assert !new File(target, 'blog/old/page.html').exists() : 'a file the site no longer has is removed'
assert new File(target, 'blog/index.html').getText('UTF-8').contains('남은 글')
assert new File(target, 'blog/2024/03/01/kept.html').getText('UTF-8').contains('The site is whole again.')
return true
