// The remote's gh-pages holds code, not a site, as in publish-git-not-a-site (whose setup this runs).
return new GroovyShell(binding).evaluate(new File(itSources, 'publish-git-not-a-site/setup.groovy'))
