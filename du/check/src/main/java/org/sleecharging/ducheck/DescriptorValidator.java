package org.sleecharging.ducheck;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates one descriptor against the DTD of its type: it must declare that DTD in its DOCTYPE
 * (JSLEE 1.1 requires the DOCTYPE of every deployment descriptor), add no declarations of its own,
 * and conform to it. Every DTD violation is reported, not only the first.
 */
final class DescriptorValidator {

  /** A parsed descriptor (null when it could not be parsed at all) and what is wrong with it. */
  record Result(Document document, List<Problem> problems) {}

  private final DtdDirectory dtds;

  DescriptorValidator(DtdDirectory dtds) {
    this.dtds = dtds;
  }

  Result validate(byte[] xml, String file, DescriptorType expected) {
    Collector errors = new Collector(file);
    Document doc;
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setEntityResolver(dtds);
      builder.setErrorHandler(errors);
      InputSource in = new InputSource(new ByteArrayInputStream(xml));
      in.setSystemId("descriptor:/" + file);
      doc = builder.parse(in);
    } catch (SAXParseException e) {
      return new Result(null, withFatal(errors.problems, file, e));
    } catch (SAXException e) {
      return new Result(null, List.of(Problem.whole(file, message(e))));
    } catch (IOException e) {
      return new Result(null, List.of(Problem.whole(file, "cannot be read: " + e.getMessage())));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser cannot validate against DTDs", e);
    }
    DocumentType doctype = doc.getDoctype();
    if (doctype == null) {
      // The parser's own "no grammar found" errors say less than this.
      return new Result(doc, List.of(Problem.whole(file, "has no DOCTYPE; declare <!DOCTYPE "
          + expected.rootElement() + " PUBLIC \"" + expected.publicId() + "\" ...>")));
    }
    List<Problem> problems = new ArrayList<>();
    Optional<DescriptorType> declared =
        DtdDirectory.declared(doctype.getPublicId(), doctype.getSystemId());
    if (declared.isPresent() && declared.get() != expected) {
      problems.add(Problem.whole(file, "declares the " + declared.get().rootElement()
          + " DTD, but this file must be a " + expected.rootElement() + " descriptor ("
          + expected.publicId() + ")"));
    }
    String subset = doctype.getInternalSubset();
    if (subset != null && !subset.isBlank()) {
      problems.add(Problem.whole(file,
          "its DOCTYPE has an internal subset; only the JAIN SLEE 1.1 DTD may apply"));
    }
    problems.addAll(errors.problems);
    return new Result(doc, problems);
  }

  private static DocumentBuilderFactory factory() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setValidating(true);
    f.setNamespaceAware(false);
    f.setIgnoringComments(true);
    f.setIgnoringElementContentWhitespace(true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    return f;
  }

  private static List<Problem> withFatal(List<Problem> before, String file, SAXParseException e) {
    List<Problem> all = new ArrayList<>(before);
    all.add(Collector.at(file, e, "not well-formed: "));
    return all;
  }

  private static String message(SAXException e) {
    return e.getException() != null && e.getMessage() == null
        ? e.getException().getMessage()
        : e.getMessage();
  }

  /** Keeps every recoverable error (DTD violations); warnings say nothing about validity. */
  private static final class Collector implements ErrorHandler {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    Collector(String file) {
      this.file = file;
    }

    static Problem at(String file, SAXParseException e, String prefix) {
      return new Problem(file, Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0),
          prefix + e.getMessage());
    }

    @Override
    public void warning(SAXParseException e) {
      // not a validity problem
    }

    @Override
    public void error(SAXParseException e) {
      problems.add(at(file, e, ""));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      throw e;
    }
  }
}
