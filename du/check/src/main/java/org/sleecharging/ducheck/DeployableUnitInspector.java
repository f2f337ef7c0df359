package org.sleecharging.ducheck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks one deployable unit jar (JSLEE 1.1 §14.3): its deployable-unit.xml, the descriptor of
 * every component jar it names and every service descriptor it names, each against its DTD; and
 * that what the descriptors name is there: the DU's jars and service descriptors, the jars a
 * library names. A jar the DU carries but does not name, or a jar inside a library that the library
 * does not name, is reported too: it would be silently ignored by a SLEE.
 */
final class DeployableUnitInspector {

  /** What one DU's check found. */
  record Report(String deployableUnit, int descriptorsChecked, List<Problem> problems) {
    boolean valid() {
      return problems.isEmpty();
    }
  }

  private final DescriptorValidator validator;

  DeployableUnitInspector(DtdDirectory dtds) {
    this.validator = new DescriptorValidator(dtds);
  }

  Report inspect(Path duJar) throws IOException {
    Archive du = Archive.read(duJar);
    Run run = new Run();
    String duXml = DescriptorType.DEPLOYABLE_UNIT.path().orElseThrow();
    Optional<byte[]> xml = du.entry(duXml);
    if (xml.isEmpty()) {
      run.problems.add(Problem.whole(du.label(duXml), "missing: this is not a deployable unit jar"));
    } else {
      Document doc = run.validate(xml.get(), du.label(duXml), DescriptorType.DEPLOYABLE_UNIT);
      if (doc != null) {
        checkContents(du, doc, run);
      }
    }
    return new Report(du.label(), run.checked, List.copyOf(run.problems));
  }

  private void checkContents(Archive du, Document doc, Run run) throws IOException {
    String duXml = du.label(DescriptorType.DEPLOYABLE_UNIT.path().orElseThrow());
    Set<String> named = new LinkedHashSet<>();
    for (Element e : children(doc.getDocumentElement())) {
      boolean jar = e.getTagName().equals("jar");
      if (!jar && !e.getTagName().equals("service-xml")) {
        continue;
      }
      String path = Archive.relative(e.getTextContent());
      named.add(path);
      Optional<byte[]> content = du.entry(path);
      if (content.isEmpty()) {
        run.problems.add(Problem.whole(duXml, "<" + e.getTagName() + "> names " + path
            + ", which is not in the deployable unit"));
      } else if (jar) {
        checkComponentJar(Archive.read(du.label(path), content.get()), run);
      } else {
        run.validate(content.get(), du.label(path), DescriptorType.SERVICE_XML);
      }
    }
    for (String entry : du.names()) {
      if (entry.endsWith(".jar") && !named.contains(entry)) {
        run.problems.add(Problem.whole(du.label(entry),
            "is in the deployable unit but deployable-unit.xml does not name it"));
      }
    }
  }

  private void checkComponentJar(Archive jar, Run run) {
    List<DescriptorType> found = new ArrayList<>();
    for (DescriptorType t : DescriptorType.componentJarDescriptors()) {
      if (jar.entry(t.path().orElseThrow()).isPresent()) {
        found.add(t);
      }
    }
    if (found.size() != 1) {
      run.problems.add(Problem.whole(jar.label(), "a component jar must carry exactly one"
          + " component descriptor (META-INF/event-jar.xml, sbb-jar.xml, ...), found "
          + found.stream().map(t -> t.path().orElseThrow()).toList()));
      return;
    }
    DescriptorType type = found.get(0);
    String path = type.path().orElseThrow();
    Document doc = run.validate(jar.entry(path).orElseThrow(), jar.label(path), type);
    if (doc != null && type == DescriptorType.LIBRARY_JAR) {
      checkLibraryJars(jar, doc, jar.label(path), run);
    }
  }

  private static void checkLibraryJars(Archive jar, Document doc, String file, Run run) {
    Set<String> named = new LinkedHashSet<>();
    NodeList names = doc.getElementsByTagName("jar-name");
    for (int i = 0; i < names.getLength(); i++) {
      String path = Archive.relative(names.item(i).getTextContent());
      named.add(path);
      if (jar.entry(path).isEmpty()) {
        run.problems.add(Problem.whole(file,
            "<jar-name> names " + path + ", which is not in " + jar.label()));
      }
    }
    for (String entry : jar.names()) {
      if (entry.endsWith(".jar") && !named.contains(entry)) {
        run.problems.add(Problem.whole(jar.label(entry),
            "is in the library jar but library-jar.xml does not name it"));
      }
    }
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  /** The problems and the count of descriptors of one DU's check. */
  private final class Run {
    private final List<Problem> problems = new ArrayList<>();
    private int checked;

    Document validate(byte[] xml, String file, DescriptorType type) {
      checked++;
      DescriptorValidator.Result r = validator.validate(xml, file, type);
      problems.addAll(r.problems());
      return r.document();
    }
  }
}
