def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
assert log.contains("[ERROR] src/main/blog/_layouts/frame.html:1:1: error: layouts form a loop: frame -> post -> frame [layout-loop]")
assert log.contains("[ERROR]     hint: remove the 'layout:' line from one of these layouts")
assert log.contains("[ERROR] src/main/blog/_layouts/wide.html:1:1: error: layout 'wide' sits in layout 'defualt', which does not exist [unknown-layout]")
assert !new File(basedir, 'target/blog').exists()
return true
