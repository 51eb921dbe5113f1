def published = new File(basedir, 'public')
assert new File(published, 'index.html').isFile()
assert new File(published, 'daily_life/2022/10/01/2022_10_plan.html').getText('UTF-8').contains('<h1>회고하는 9월, 계획하는 10월</h1>')
assert !new File(basedir, 'public.staging').exists()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[INFO] Published 14 files to ${published.canonicalPath}")
return true
