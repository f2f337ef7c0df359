package org.sleecharging.ducheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.sleecharging.ducheck.TestUnits.EVENT_JAR_XML;
import static org.sleecharging.ducheck.TestUnits.LIBRARY_JAR_XML;
import static org.sleecharging.ducheck.TestUnits.du;
import static org.sleecharging.ducheck.TestUnits.duXml;
import static org.sleecharging.ducheck.TestUnits.eventJar;
import static org.sleecharging.ducheck.TestUnits.libraryJar;
import static org.sleecharging.ducheck.TestUnits.validEntries;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorCheckTest {

  @TempDir Path tmp;
  private Path dtds;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private DescriptorCheck check;

  @BeforeEach
  void dtds() throws IOException {
    dtds = TestUnits.dtdDirectory(Files.createDirectory(tmp.resolve("dtd")));
    check = new DescriptorCheck(dtds, new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  @Test
  void aValidUnitPassesWithEveryDescriptorChecked() throws Exception {
    Path du = du(tmp, "ok-du.jar", validEntries());

    assertThat(check.check(List.of(du))).isEqualTo(4);
    assertThat(log()).contains("ok-du.jar: 4 descriptor(s) checked", "all valid");
  }

  @Test
  void anElementTheDtdDoesNotAllowIsRefusedWithFileLineAndElement() throws Exception {
    String bad = EVENT_JAR_XML.replace("    <event-class-name>",
        "    <event-colour>red</event-colour>\n    <event-class-name>");
    Map<String, Object> entries = validEntries();
    entries.put("jars/events.jar", eventJar(bad));

    Problem p = refused(du(tmp, "bad-du.jar", entries)).problems().get(0);

    assertThat(p.file()).isEqualTo("bad-du.jar!/jars/events.jar!/META-INF/event-jar.xml");
    assertThat(p.line()).isEqualTo(8);
    assertThat(p.message()).contains("event-colour");
    assertThat(p.toString()).startsWith("bad-du.jar!/jars/events.jar!/META-INF/event-jar.xml:8:");
  }

  @Test
  void aMissingRequiredElementIsRefused() throws Exception {
    Map<String, Object> entries = validEntries();
    entries.put("jars/events.jar",
        eventJar(EVENT_JAR_XML.replace("    <event-type-vendor>org.example</event-type-vendor>\n", "")));

    Problem p = single(du(tmp, "bad-du.jar", entries));

    assertThat(p.file()).endsWith("events.jar!/META-INF/event-jar.xml");
    assertThat(p.message()).contains("event-definition");
  }

  @Test
  void everyProblemOfEveryDescriptorIsReportedNotOnlyTheFirst() throws Exception {
    Map<String, Object> entries = validEntries();
    entries.put("jars/events.jar", eventJar(EVENT_JAR_XML.replace("event-type-version", "v")));
    entries.put("services/service.xml",
        TestUnits.SERVICE_XML.replace("<default-priority>0</default-priority>", ""));

    InvalidDescriptorsException e = refused(du(tmp, "bad-du.jar", entries));

    assertThat(e.problems()).extracting(Problem::file).contains(
        "bad-du.jar!/jars/events.jar!/META-INF/event-jar.xml",
        "bad-du.jar!/services/service.xml");
    assertThat(e.getMessage()).contains("event-jar.xml:", "service.xml:");
  }

  @Test
  void aDescriptorWithoutDoctypeIsRefused() throws Exception {
    Map<String, Object> entries = validEntries();
    entries.put("jars/events.jar",
        eventJar(EVENT_JAR_XML.replace(TestUnits.DOCTYPE_EVENT, "")));

    assertThat(single(du(tmp, "bad-du.jar", entries)).message())
        .startsWith("has no DOCTYPE").contains("DTD JAIN SLEE Event 1.1");
  }

  @Test
  void aDescriptorDeclaringAnotherDescriptorsDtdIsRefused() throws Exception {
    Map<String, Object> entries = validEntries();
    entries.put("jars/events.jar",
        eventJar(EVENT_JAR_XML.replace(TestUnits.DOCTYPE_EVENT,
            TestUnits.DOCTYPE_SBB.replace("sbb-jar PUBLIC", "event-jar PUBLIC"))));

    InvalidDescriptorsException e = refused(du(tmp, "bad-du.jar", entries));

    assertThat(e.problems()).extracting(Problem::message)
        .anyMatch(m -> m.contains("declares the sbb-jar DTD"));
  }

  @Test
  void anUnknownDoctypeIsRefusedWithoutFetchingIt() throws Exception {
    Map<String, Object> entries = validEntries();
    entries.put("jars/events.jar", eventJar(EVENT_JAR_XML.replace(TestUnits.DOCTYPE_EVENT,
        "<!DOCTYPE event-jar SYSTEM \"http://127.0.0.1:9/not-a-slee.dtd\">\n")));

    assertThat(single(du(tmp, "bad-du.jar", entries)).message())
        .contains("not a JAIN SLEE 1.1 DTD");
  }

  @Test
  void malformedXmlIsRefusedWithItsLine() throws Exception {
    Map<String, Object> entries = validEntries();
    entries.put("services/service.xml", TestUnits.SERVICE_XML.replace("</service>", "</servce>"));

    Problem p = single(du(tmp, "bad-du.jar", entries));

    assertThat(p.file()).isEqualTo("bad-du.jar!/services/service.xml");
    assertThat(p.line()).isEqualTo(12);
    assertThat(p.message()).startsWith("not well-formed");
  }

  @Test
  void theDuMustNameWhatItCarriesAndCarryWhatItNames() throws Exception {
    Map<String, Object> entries = validEntries();
    entries.put("META-INF/deployable-unit.xml",
        duXml("jars/events.jar", "jars/gone.jar", "services/service.xml"));

    InvalidDescriptorsException e = refused(du(tmp, "bad-du.jar", entries));

    assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        "bad-du.jar!/META-INF/deployable-unit.xml: <jar> names jars/gone.jar, which is not in"
            + " the deployable unit",
        "bad-du.jar!/jars/library.jar: is in the deployable unit but deployable-unit.xml does"
            + " not name it");
  }

  @Test
  void aLibraryMustNameExactlyTheJarsItCarries() throws Exception {
    Map<String, Object> entries = validEntries();
    entries.put("jars/library.jar", libraryJar(LIBRARY_JAR_XML, "jars/other.jar"));

    InvalidDescriptorsException e = refused(du(tmp, "bad-du.jar", entries));

    assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        "bad-du.jar!/jars/library.jar!/META-INF/library-jar.xml: <jar-name> names"
            + " jars/thing.jar, which is not in bad-du.jar!/jars/library.jar",
        "bad-du.jar!/jars/library.jar!/jars/other.jar: is in the library jar but"
            + " library-jar.xml does not name it");
  }

  @Test
  void aComponentJarWithoutDescriptorIsRefused() throws Exception {
    Map<String, Object> entries = validEntries();
    entries.put("jars/events.jar", TestUnits.jar(Map.of("x/A.class", new byte[] {1})));

    assertThat(single(du(tmp, "bad-du.jar", entries)).message())
        .contains("exactly one component descriptor");
  }

  @Test
  void aJarWithoutDeployableUnitDescriptorIsRefused() throws Exception {
    Map<String, Object> entries = validEntries();
    entries.remove("META-INF/deployable-unit.xml");

    assertThat(single(du(tmp, "bad-du.jar", entries)).toString())
        .isEqualTo("bad-du.jar!/META-INF/deployable-unit.xml: missing: this is not a deployable"
            + " unit jar");
  }

  @Test
  void problemsOfSeveralUnitsAreReportedTogether() throws Exception {
    Path good = du(tmp, "good-du.jar", validEntries());
    Map<String, Object> entries = validEntries();
    entries.put("jars/events.jar", eventJar(EVENT_JAR_XML.replace("<event-class-name>java.lang.String</event-class-name>", "")));
    Path bad = du(tmp, "bad-du.jar", entries);

    InvalidDescriptorsException e =
        catchThrowableOfType(() -> check.check(List.of(good, bad)),
            InvalidDescriptorsException.class);

    assertThat(e).isNotNull();
    assertThat(log()).contains("good-du.jar: 4 descriptor(s) checked", "all valid",
        "bad-du.jar: 4 descriptor(s) checked");
  }

  @Test
  void withoutTheDtdDirectoryTheCheckIsSkippedAndSaysSo() throws Exception {
    Path missing = tmp.resolve("no-such-dir");
    DescriptorCheck skipping =
        new DescriptorCheck(missing, new PrintStream(log, true, StandardCharsets.UTF_8));
    Map<String, Object> entries = validEntries();
    entries.put("jars/events.jar", eventJar("<not-even-a-descriptor/>"));

    assertThat(skipping.check(List.of(du(tmp, "bad-du.jar", entries)))).isZero();
    assertThat(log()).contains("SKIPPED", missing.toString(), "slee.dtd.directory",
        "bad-du.jar");
  }

  @Test
  void aMissingDtdFileIsAProblemNotASkip() throws Exception {
    Files.delete(dtds.resolve("slee-library-jar_1_1.dtd"));

    assertThat(single(du(tmp, "du.jar", validEntries())).message())
        .contains("no DTD slee-library-jar_1_1.dtd");
  }

  @Test
  void mainFailsOnAnInvalidUnitAndNeedsArguments() throws Exception {
    Map<String, Object> entries = validEntries();
    entries.put("jars/events.jar", eventJar(EVENT_JAR_XML.replace("<event-class-name>java.lang.String</event-class-name>", "")));
    Path bad = du(tmp, "bad-du.jar", entries);

    assertThatThrownBy(() -> DescriptorCheck.main(new String[] {dtds.toString(), bad.toString()}))
        .isInstanceOf(InvalidDescriptorsException.class)
        .hasMessageContaining("bad-du.jar!/jars/events.jar!/META-INF/event-jar.xml:");
    assertThatThrownBy(() -> DescriptorCheck.main(new String[] {dtds.toString()}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("usage");
  }

  private Problem single(Path du) {
    InvalidDescriptorsException e = refused(du);
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  private InvalidDescriptorsException refused(Path du) {
    InvalidDescriptorsException e = catchThrowableOfType(() -> check.check(List.of(du)),
        InvalidDescriptorsException.class);
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  private String log() {
    return log.toString(StandardCharsets.UTF_8);
  }
}
