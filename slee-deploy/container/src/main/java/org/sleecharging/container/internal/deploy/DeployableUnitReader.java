package org.sleecharging.container.internal.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.slee.management.DeploymentException;
import org.sleecharging.container.internal.deploy.ParsedUnit.ParsedJar;
import org.sleecharging.container.internal.model.ComponentDescriptor;
import org.sleecharging.container.internal.model.DescriptorSource;
import org.sleecharging.container.internal.model.LibraryDescriptor;
import org.w3c.dom.Element;

/**
 * Reads a JAIN SLEE 1.1 deployable unit jar: META-INF/deployable-unit.xml, the component jars it
 * names (extracted into the unit's work directory so URLClassLoaders can open them, together with
 * the library jars nested in them) and the service.xml files it names.
 */
final class DeployableUnitReader {

  static final String DU_DESCRIPTOR = "META-INF/deployable-unit.xml";

  private final String unitName;
  private final Path workDir;

  private DeployableUnitReader(String unitName, Path workDir) {
    this.unitName = unitName;
    this.workDir = workDir;
  }

  static ParsedUnit read(Path duJar, Path workDir) throws DeploymentException {
    String name = duJar.getFileName().toString();
    DeployableUnitReader reader = new DeployableUnitReader(name, workDir);
    try (ZipFile du = new ZipFile(duJar.toFile())) {
      return reader.read(du);
    } catch (IOException e) {
      throw Refusals.refuse(
          new DescriptorSource(name, null, DU_DESCRIPTOR, null),
          "the deployable unit jar cannot be read: " + e.getMessage(),
          e);
    }
  }

  private ParsedUnit read(ZipFile du) throws DeploymentException, IOException {
    DescriptorFile duFile = new DescriptorFile(unitName, null, DU_DESCRIPTOR);
    ZipEntry entry = du.getEntry(DU_DESCRIPTOR);
    if (entry == null) {
      throw Refusals.refuse(duFile.whole(), "missing: this is not a deployable unit jar");
    }
    Element root;
    try (InputStream in = du.getInputStream(entry)) {
      root = DescriptorXml.parse(in, duFile, SleeDtd.DEPLOYABLE_UNIT);
    }
    List<ParsedJar> jars = new ArrayList<>();
    List<ComponentDescriptor> services = new ArrayList<>();
    for (Element e : Dom.children(root, null)) {
      String path = relative(e.getTextContent().trim());
      switch (e.getTagName()) {
        case "jar" -> jars.add(readComponentJar(du, path, duFile.at("jar"), jars.size()));
        case "service-xml" -> services.addAll(readServiceXml(du, path, duFile.at("service-xml")));
        default -> {} // description
      }
    }
    return new ParsedUnit(unitName, jars, services);
  }

  private ParsedJar readComponentJar(ZipFile du, String path, DescriptorSource ref, int index)
      throws DeploymentException, IOException {
    Path jarDir = workDir.resolve("jar-" + index);
    Files.createDirectories(jarDir);
    Path extracted = extract(du, path, jarDir.resolve(fileName(path)), ref);
    try (ZipFile jar = new ZipFile(extracted.toFile())) {
      ComponentJarKind kind = kindOf(jar, path);
      DescriptorFile file = new DescriptorFile(unitName, path, kind.descriptorPath());
      Element root;
      try (InputStream in = jar.getInputStream(jar.getEntry(kind.descriptorPath()))) {
        root = DescriptorXml.parse(in, file, kind.dtd());
      }
      List<ComponentDescriptor> components = kind.parser().parse(root, file);
      List<Path> classpath = new ArrayList<>();
      classpath.add(extracted);
      for (ComponentDescriptor c : components) {
        if (c instanceof LibraryDescriptor lib) {
          for (String nested : lib.nestedJars()) {
            Path target =
                jarDir
                    .resolve("lib")
                    .resolve(String.valueOf(classpath.size()))
                    .resolve(fileName(nested));
            classpath.add(
                extract(jar, nested, target, Refusals.child(lib.source(), "jar/jar-name")));
          }
        }
      }
      return new ParsedJar(path, classpath, components);
    } catch (IOException e) {
      throw Refusals.refuse(ref, "component jar " + path + " cannot be read: " + e.getMessage(), e);
    }
  }

  private ComponentJarKind kindOf(ZipFile jar, String path) throws DeploymentException {
    if (jar.getEntry(ComponentJarKind.PROFILE_SPEC_DESCRIPTOR) != null) {
      throw Refusals.refuse(
          new DescriptorSource(unitName, path, ComponentJarKind.PROFILE_SPEC_DESCRIPTOR, null),
          Refusals.PROFILES_NOT_SUPPORTED);
    }
    List<ComponentJarKind> found = new ArrayList<>();
    for (ComponentJarKind k : ComponentJarKind.values()) {
      if (jar.getEntry(k.descriptorPath()) != null) {
        found.add(k);
      }
    }
    if (found.size() != 1) {
      throw Refusals.refuse(
          new DescriptorSource(unitName, path, "META-INF/", null),
          "a component jar must carry exactly one component descriptor, found "
              + found.stream().map(ComponentJarKind::descriptorPath).toList());
    }
    return found.get(0);
  }

  private List<ComponentDescriptor> readServiceXml(ZipFile du, String path, DescriptorSource ref)
      throws DeploymentException, IOException {
    ZipEntry entry = du.getEntry(path);
    if (entry == null) {
      throw Refusals.refuse(ref, "names " + path + ", which is not in the deployable unit");
    }
    DescriptorFile file = new DescriptorFile(unitName, null, path);
    try (InputStream in = du.getInputStream(entry)) {
      return ServiceXmlParser.parse(DescriptorXml.parse(in, file, SleeDtd.SERVICE_XML), file);
    }
  }

  private static Path extract(ZipFile zip, String path, Path target, DescriptorSource ref)
      throws DeploymentException, IOException {
    ZipEntry entry = zip.getEntry(path);
    if (entry == null || entry.isDirectory()) {
      throw Refusals.refuse(
          ref, "names " + path + ", which is not in " + Path.of(zip.getName()).getFileName());
    }
    Files.createDirectories(target.getParent());
    try (InputStream in = zip.getInputStream(entry)) {
      Files.copy(in, target);
    }
    return target;
  }

  /** deployable-unit.xml names entries by URLs relative to the jar's root (JSLEE 1.1 DTD). */
  private static String relative(String url) {
    String path = url;
    while (path.startsWith("/") || path.startsWith("./")) {
      path = path.substring(path.startsWith("/") ? 1 : 2);
    }
    return path;
  }

  /** Only the last segment is used on disk, so entry names cannot escape the work directory. */
  private static String fileName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.isEmpty() || name.equals("..") || name.equals(".") ? "component.jar" : name;
  }
}
