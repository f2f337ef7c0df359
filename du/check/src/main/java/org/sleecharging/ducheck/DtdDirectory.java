package org.sleecharging.ducheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The directory holding the JAIN SLEE 1.1 DTDs. Resolves a descriptor's DOCTYPE to a file in it,
 * by public id, else by the file name of the system id; nothing is ever fetched from the network,
 * so an unknown DOCTYPE is an error.
 */
final class DtdDirectory implements EntityResolver {

  private final Path directory;

  DtdDirectory(Path directory) {
    this.directory = directory;
  }

  Path path() {
    return directory;
  }

  boolean exists() {
    return Files.isDirectory(directory);
  }

  /** The descriptor type a DOCTYPE declares, if it is a JAIN SLEE 1.1 one. */
  static Optional<DescriptorType> declared(String publicId, String systemId) {
    Optional<DescriptorType> byPublic =
        publicId == null ? Optional.empty() : DescriptorType.byPublicId(publicId);
    return byPublic.isPresent() ? byPublic : DescriptorType.bySystemId(systemId);
  }

  @Override
  public InputSource resolveEntity(String publicId, String systemId)
      throws SAXException, IOException {
    DescriptorType type = declared(publicId, systemId).orElseThrow(() -> new SAXException(
        "DOCTYPE PUBLIC \"" + publicId + "\" \"" + systemId
            + "\" is not a JAIN SLEE 1.1 DTD (external DTDs are never fetched)"));
    Path dtd = directory.resolve(type.dtdFile());
    if (!Files.isRegularFile(dtd)) {
      throw new SAXException("no DTD " + type.dtdFile() + " in " + directory
          + " for the " + type.rootElement() + " descriptor");
    }
    InputSource source = new InputSource(Files.newInputStream(dtd));
    source.setPublicId(type.publicId());
    source.setSystemId(dtd.toUri().toString());
    return source;
  }
}
