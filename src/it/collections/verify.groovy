def site = new File(basedir, 'target/blog')
// The tabs are pages at the collection's permalink; the authors, without output, are data only.
assert new File(site, 'tabs/about/index.html').getText('UTF-8').contains('About me.')
assert new File(site, 'tabs/archives/index.html').isFile()
assert !new File(site, 'authors').exists()
assert !new File(site, '_authors').exists() && !new File(site, '_tabs').exists()
def post = new File(site, '2022/10/01/hello.html').getText('UTF-8')
assert post.contains('Written by 김철수.')
// site.tabs sorted by their order: key.
assert post.contains('Tabs: [Archives /tabs/archives/][About /tabs/about/]')
assert new File(basedir, 'build.log').getText('UTF-8').contains('BUILD SUCCESS')
return true
