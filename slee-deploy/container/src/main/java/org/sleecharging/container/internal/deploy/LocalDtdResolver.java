package org.sleecharging.container.internal.deploy;

import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Resolves every external entity of a descriptor to a DTD bundled with the container: by public id,
 * else by the file name of the system id. Anything else is refused, so parsing never touches the
 * network. JAIN SLEE 1.0 DTDs and profile specification DTDs are refused with their own reason.
 */
final class LocalDtdResolver implements EntityResolver {

  private static final Pattern SLEE_1_0_PUBLIC_ID =
      Pattern.compile("-//Sun Microsystems, Inc\\.//DTD JAIN SLEE .* 1\\.0//EN");
  private static final Pattern SLEE_1_0_SYSTEM_ID = Pattern.compile(".*slee-[a-z-]+_1_0\\.dtd");
  private static final Pattern PROFILE_ID = Pattern.compile("(?i).*profile.*");

  @Override
  public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
    if (publicId != null && SLEE_1_0_PUBLIC_ID.matcher(publicId).matches()
        || systemId != null && SLEE_1_0_SYSTEM_ID.matcher(systemId).matches()) {
      throw new RefusedDoctypeException(
          "JAIN SLEE 1.0 descriptors are not supported (DOCTYPE "
              + describe(publicId, systemId)
              + "); declare the JAIN SLEE 1.1 DTD");
    }
    Optional<SleeDtd> dtd =
        publicId != null ? SleeDtd.byPublicId(publicId) : Optional.<SleeDtd>empty();
    if (dtd.isEmpty()) {
      dtd = SleeDtd.bySystemId(systemId);
    }
    if (dtd.isEmpty()) {
      if (publicId != null && PROFILE_ID.matcher(publicId).matches()) {
        throw new RefusedDoctypeException(
            "profile specifications are not supported (DOCTYPE "
                + describe(publicId, systemId)
                + ")");
      }
      throw new RefusedDoctypeException(
          "unknown DOCTYPE "
              + describe(publicId, systemId)
              + ": not a JAIN SLEE 1.1 DTD, and external DTDs are never fetched");
    }
    InputStream in = LocalDtdResolver.class.getResourceAsStream(dtd.get().resourcePath());
    if (in == null) {
      throw new IllegalStateException(
          "bundled DTD missing from the container: " + dtd.get().resourcePath());
    }
    InputSource source = new InputSource(in);
    source.setPublicId(dtd.get().publicId());
    source.setSystemId(
        LocalDtdResolver.class.getResource(dtd.get().resourcePath()).toExternalForm());
    return source;
  }

  private static String describe(String publicId, String systemId) {
    return "PUBLIC \"" + publicId + "\" \"" + systemId + "\"";
  }

  /** A DOCTYPE the container will not parse: carries the reason to the deployment exception. */
  static final class RefusedDoctypeException extends SAXException {
    private static final long serialVersionUID = 1L;

    RefusedDoctypeException(String message) {
      super(message);
    }
  }
}
