package io.github.blogpublish.mojo;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

import java.io.File;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated plugin descriptor: goal names, parameter defaults and component injection, through the harness. */
@MojoTest
class DescriptorWiringTest {

    private static final String POM = "src/test/resources/unit/defaults/pom.xml";

    @Test
    @InjectMojo(goal = "validate", pom = POM)
    void validateHasTheDocumentedDefaults(ValidateMojo mojo) {
        assertTrue(mojo.sourceDirectory.getPath().replace(File.separatorChar, '/').endsWith("src/main/blog"), mojo.sourceDirectory.getPath());
        assertTrue(mojo.outputDirectory.getPath().replace(File.separatorChar, '/').endsWith("target/blog"), mojo.outputDirectory.getPath());
        assertFalse(mojo.skip);
        assertFalse(mojo.drafts);
        assertFalse(mojo.future);
        assertFalse(mojo.failOnWarnings);
    }

    @Test
    @InjectMojo(goal = "package", pom = POM)
    void packageGetsItsProjectHelperInjected(PackageMojo mojo) throws Exception {
        java.lang.reflect.Field helper = PackageMojo.class.getDeclaredField("projectHelper");
        helper.setAccessible(true);
        assertNotNull(helper.get(mojo));
    }

    @Test
    @InjectMojo(goal = "render", pom = POM)
    @MojoParameter(name = "baseUrl", value = "/blog")
    @MojoParameter(name = "drafts", value = "true")
    void parametersAreSetByTheirNames(RenderMojo mojo) {
        assertEquals("/blog", mojo.baseUrl);
        assertTrue(mojo.drafts);
    }
}
