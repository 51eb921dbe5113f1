package io.github.blogpublish.build;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Real parsers for a written site: HTML5 (validator.nu's parser), Atom (ROME), the sitemap schema. */
final class OutputValidators {

    private OutputValidators() {
    }

    /** Every HTML5 parse error of every {@code .html} file below {@code site}, as {@code path:line: message}. */
    static List<String> htmlErrors(Path site) throws Exception {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            String name = site.relativize(page).toString();
            HtmlParser parser = new HtmlParser(XmlViolationPolicy.ALLOW);
            parser.setContentHandler(new DefaultHandler());
            parser.setErrorHandler(new ErrorHandler() {
                public void warning(SAXParseException e) {
                }

                public void error(SAXParseException e) {
                    errors.add(name + ":" + e.getLineNumber() + ": " + e.getMessage());
                }

                public void fatalError(SAXParseException e) {
                    errors.add(name + ":" + e.getLineNumber() + ": " + e.getMessage());
                }
            });
            parser.parse(new InputSource(page.toUri().toString()));
        }
        return errors;
    }

    /** The site's feed, parsed by ROME; fails unless it is Atom 1.0. */
    static SyndFeed atom(Path site) throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(site.resolve("feed.xml").toFile()));
        if (!"atom_1.0".equals(feed.getFeedType())) {
            throw new AssertionError("feed.xml is " + feed.getFeedType() + ", not Atom 1.0");
        }
        return feed;
    }

    /** Validates {@code sitemap.xml} against the sitemaps.org schema; throws on the first violation. */
    static void sitemap(Path site) throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(OutputValidators.class.getResource("/com/redfin/sitemapgenerator/sitemap.xsd"));
        schema.newValidator().validate(new StreamSource(site.resolve("sitemap.xml").toFile()));
    }
}
