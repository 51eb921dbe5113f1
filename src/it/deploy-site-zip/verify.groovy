// mvn site-publish deploy of a pom-packaged blog: the site zip is deployed with classifier site beside the POM.
binding.setVariable('zipName', "${basedir.name}-1.0-site.zip")
return new GroovyShell(binding).evaluate(new File(itSources, 'deploy-checks.groovy'))
