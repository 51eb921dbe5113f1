def site = new File(basedir, 'target/blog')
// collections_dir holds the posts and the collections: their URLs are as without it, the folder is no part of the site.
assert new File(site, '2022/10/01/hello.html').getText('UTF-8').contains('From the folder.')
assert new File(site, 'tabs/about/index.html').getText('UTF-8').contains('About this blog.')
assert !new File(site, 'my_collections').exists()
// The tab satisfies _schemas/tabs.json, the collection's own rules.
assert new File(basedir, 'build.log').getText('UTF-8').contains('BUILD SUCCESS')
return true
