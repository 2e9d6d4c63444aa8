package io.github.bsckit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The poms are ready for Maven Central: the metadata it requires, one BOM that lists every published module at
 * the reactor's version, and the modules that are no library (the CLI, the examples, the benchmarks) kept out of
 * deployment.
 */
class PublishingTest {
  private static final Path ROOT = Path.of("..");

  private static Element pom(String module) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(ROOT.resolve(module).resolve("pom.xml").toFile());
    return doc.getDocumentElement();
  }

  /** {@return the text of the first element at this slash-separated path below {@code from}, or null} */
  private static String text(Element from, String path) {
    Element e = from;
    for (String name : path.split("/")) {
      e = child(e, name);
      if (e == null) {
        return null;
      }
    }
    return e.getTextContent().strip();
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static List<String> texts(Element parent, String listName, String itemPath) {
    List<String> out = new ArrayList<>();
    Element list = child(parent, listName);
    if (list != null) {
      NodeList items = list.getChildNodes();
      for (int i = 0; i < items.getLength(); i++) {
        if (items.item(i) instanceof Element item) {
          out.add(itemPath.isEmpty() ? item.getTextContent().strip() : text(item, itemPath));
        }
      }
    }
    return out;
  }

  private static boolean deploySkipped(Element pom) {
    return "true".equals(text(pom, "properties/maven.deploy.skip"));
  }

  @Test
  void theParentAndTheBomCarryTheMetadataMavenCentralRequires() throws Exception {
    for (Element pom : List.of(pom("."), pom("bsc-bom"))) {
      assertThat(text(pom, "name")).isNotBlank();
      assertThat(text(pom, "description")).isNotBlank();
      assertThat(text(pom, "url")).isEqualTo("https://github.com/bsckit/bsc-kit");
      assertThat(text(pom, "licenses/license/name")).isEqualTo("Apache License, Version 2.0");
      assertThat(text(pom, "developers/developer/name")).isNotBlank();
      assertThat(text(pom, "scm/url")).isEqualTo("https://github.com/bsckit/bsc-kit");
      assertThat(text(pom, "scm/connection")).isEqualTo("scm:git:https://github.com/bsckit/bsc-kit.git");
      assertThat(text(pom, "issueManagement/url")).isEqualTo("https://github.com/bsckit/bsc-kit/issues");
    }
  }

  @Test
  void theBomListsEveryPublishedModuleAtTheReactorsVersion() throws Exception {
    Element parent = pom(".");
    Element bom = pom("bsc-bom");
    List<String> published = new ArrayList<>();
    for (String module : texts(parent, "modules", "")) {
      if (!module.equals("bsc-bom") && !deploySkipped(pom(module))) {
        published.add(module);
      }
    }

    assertThat(text(bom, "version")).isEqualTo(text(parent, "version"));
    assertThat(text(bom, "groupId")).isEqualTo(text(parent, "groupId"));
    assertThat(text(bom, "packaging")).isEqualTo("pom");
    assertThat(child(bom, "parent")).as("a BOM with bsc-kit's parent would pin Guava, Jackson and JUnit for users")
        .isNull();
    assertThat(texts(child(bom, "dependencyManagement"), "dependencies", "artifactId"))
        .containsExactlyInAnyOrderElementsOf(published);
    assertThat(published).containsExactlyInAnyOrder("bsc-core", "bsc-graph", "bsc-okr", "bsc-report", "bsc-testkit",
        "bsc-testkit-quicktheories", "bsc-analytics");
  }

  @Test
  void theCliTheExamplesAndTheBenchmarksAreNotDeployedAsLibraries() throws Exception {
    for (String module : List.of("bsc-cli", "bsc-examples", "bsc-benchmarks")) {
      assertThat(deploySkipped(pom(module))).as(module).isTrue();
    }
  }
}
