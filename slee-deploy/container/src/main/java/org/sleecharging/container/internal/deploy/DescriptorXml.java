package org.sleecharging.container.internal.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import javax.slee.management.DeploymentException;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses one descriptor file with validation against the bundled JAIN SLEE 1.1 DTDs.
 *
 * <p>A descriptor without DOCTYPE is refused: JSLEE 1.1 requires every deployment descriptor to
 * declare its DTD, and without one there is nothing to validate against. Profile elements are
 * looked for before DTD errors are reported, so a descriptor using profiles is refused with that
 * reason rather than with the DTD violation it may also cause.
 */
final class DescriptorXml {

  private static final Set<String> PROFILE_ELEMENTS =
      Set.of(
          "profile-spec-ref",
          "get-profile-cmp-method",
          "address-profile-spec-alias-ref",
          "address-profile-table",
          "resource-info-profile-table");

  private DescriptorXml() {}

  /** The validated root element, which must be {@code dtd}'s root element. */
  static Element parse(InputStream in, DescriptorFile file, SleeDtd dtd)
      throws DeploymentException {
    FirstErrorHandler errors = new FirstErrorHandler();
    Document doc;
    try {
      DocumentBuilder builder = newFactory().newDocumentBuilder();
      builder.setEntityResolver(new LocalDtdResolver());
      builder.setErrorHandler(errors);
      InputSource source = new InputSource(in);
      // A synthetic base URI: relative system ids expand against it, and the resolver maps them
      // by file name, so nothing is ever opened through it.
      source.setSystemId("file:///slee-descriptor/" + file.file());
      doc = builder.parse(source);
    } catch (LocalDtdResolver.RefusedDoctypeException e) {
      throw Refusals.refuse(file.whole(), e.getMessage(), e);
    } catch (SAXParseException e) {
      throw Refusals.refuse(
          file.whole(), "malformed XML at " + position(e) + ": " + e.getMessage(), e);
    } catch (SAXException e) {
      Throwable refused = e.getException();
      String reason =
          refused instanceof LocalDtdResolver.RefusedDoctypeException
              ? refused.getMessage()
              : "unreadable XML: " + e.getMessage();
      throw Refusals.refuse(file.whole(), reason, e);
    } catch (IOException e) {
      throw Refusals.refuse(file.whole(), "cannot be read: " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser cannot validate against DTDs", e);
    }
    if (doc.getDoctype() == null) {
      throw Refusals.refuse(
          file.whole(),
          "has no DOCTYPE; a JAIN SLEE 1.1 descriptor must declare PUBLIC \""
              + dtd.publicId()
              + "\"");
    }
    Element root = doc.getDocumentElement();
    if (!root.getTagName().equals(dtd.rootElement())) {
      throw Refusals.refuse(
          file.at(root.getTagName()),
          "root element must be <" + dtd.rootElement() + "> in this file");
    }
    refuseProfileElements(root, null, file);
    if (errors.first != null) {
      throw Refusals.refuse(
          file.whole(),
          "does not conform to the JAIN SLEE 1.1 DTD at "
              + position(errors.first)
              + ": "
              + errors.first.getMessage(),
          errors.first);
    }
    return root;
  }

  private static DocumentBuilderFactory newFactory() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setValidating(true);
    f.setNamespaceAware(false);
    f.setIgnoringComments(true);
    f.setIgnoringElementContentWhitespace(true);
    f.setCoalescing(true);
    f.setXIncludeAware(false);
    return f;
  }

  /** Refuses the first profile element, naming its path below the root element. */
  private static void refuseProfileElements(Element e, String path, DescriptorFile file)
      throws DeploymentException {
    for (Element c : Dom.children(e, null)) {
      String childPath = path == null ? c.getTagName() : path + "/" + c.getTagName();
      if (PROFILE_ELEMENTS.contains(c.getTagName())) {
        throw Refusals.refuse(file.at(childPath), Refusals.PROFILES_NOT_SUPPORTED);
      }
      refuseProfileElements(c, childPath, file);
    }
  }

  private static String position(SAXParseException e) {
    return "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
  }

  /** Keeps the first validity error; malformed XML (fatal) still aborts the parse. */
  private static final class FirstErrorHandler implements ErrorHandler {
    private SAXParseException first;

    @Override
    public void warning(SAXParseException e) {
      // Warnings (e.g. duplicate attribute declarations in the DTD) do not make a descriptor
      // invalid.
    }

    @Override
    public void error(SAXParseException e) {
      if (first == null) {
        first = e;
      }
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
