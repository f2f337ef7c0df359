package org.sleecharging.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.slee.EventTypeID;
import javax.slee.ServiceID;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.sleecharging.arquillian.DeployableUnits;
import org.sleecharging.bench.sbb.BenchSbb;

/** The bench SBB's DU (event jar with the start event, SBB jar, service), built with ShrinkWrap. */
final class BenchDu {

    static final String VENDOR = "org.sleecharging.bench";
    static final String VERSION = "1.0";
    static final ServiceID SERVICE = new ServiceID("ChargingBenchService", VENDOR, VERSION);
    static final EventTypeID START = new EventTypeID("org.sleecharging.bench.Start", VENDOR, VERSION);
    private static final List<String> CHARGING_EVENTS = List.of("ReserveAmountRes", "ReserveAmountErr",
            "DebitAmountRes", "DebitAmountErr", "SessionAborted", "SessionEnded");

    private BenchDu() {
    }

    /** Writes the DU jar to {@code directory} and returns its path. */
    static Path write(Path directory) {
        JavaArchive events = DeployableUnits.componentJar("bench-events.jar", eventJarXml());
        JavaArchive sbb = DeployableUnits.componentJar("bench-sbb.jar", sbbJarXml(), BenchSbb.class);
        JavaArchive du = DeployableUnits.of(events, sbb).withService("bench-service.xml", serviceXml())
                .build("bench-du.jar");
        Path file = directory.resolve("bench-du.jar");
        du.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }

    private static String eventJarXml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE event-jar PUBLIC "-//Sun Microsystems, Inc.//DTD JAIN SLEE Event 1.1//EN"
                    "http://java.sun.com/dtd/slee-event-jar_1_1.dtd">
                <event-jar>
                  <event-definition>
                    <event-type-name>%s</event-type-name>
                    <event-type-vendor>%s</event-type-vendor>
                    <event-type-version>%s</event-type-version>
                    <event-class-name>java.util.Map</event-class-name>
                  </event-definition>
                </event-jar>
                """.formatted(START.getName(), VENDOR, VERSION);
    }

    private static String sbbJarXml() {
        String charging = CHARGING_EVENTS.stream().map(e -> event(false, e, "org.sleecharging.charging." + e,
                "org.sleecharging", "1.0", "")).collect(Collectors.joining());
        String cmp = Stream.of("key", "mode", "sessionId", "sent", "debits")
                .map(f -> "        <cmp-field><cmp-field-name>" + f + "</cmp-field-name></cmp-field>\n")
                .collect(Collectors.joining());
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE sbb-jar PUBLIC "-//Sun Microsystems, Inc.//DTD JAIN SLEE SBB 1.1//EN"
                    "http://java.sun.com/dtd/slee-sbb-jar_1_1.dtd">
                <sbb-jar>
                  <sbb>
                    <sbb-name>ChargingBenchSbb</sbb-name>
                    <sbb-vendor>%s</sbb-vendor>
                    <sbb-version>%s</sbb-version>
                    <sbb-classes>
                      <sbb-abstract-class>
                        <sbb-abstract-class-name>%s</sbb-abstract-class-name>
                %s      </sbb-abstract-class>
                    </sbb-classes>
                %s%s%s    <resource-adaptor-type-binding>
                      <resource-adaptor-type-ref>
                        <resource-adaptor-type-name>ChargingResourceAdaptorType</resource-adaptor-type-name>
                        <resource-adaptor-type-vendor>org.sleecharging</resource-adaptor-type-vendor>
                        <resource-adaptor-type-version>1.0</resource-adaptor-type-version>
                      </resource-adaptor-type-ref>
                      <activity-context-interface-factory-name>slee/resources/charging/acifactory</activity-context-interface-factory-name>
                      <resource-adaptor-entity-binding>
                        <resource-adaptor-object-name>slee/resources/charging/%s/provider</resource-adaptor-object-name>
                        <resource-adaptor-entity-link>%s</resource-adaptor-entity-link>
                      </resource-adaptor-entity-binding>
                    </resource-adaptor-type-binding>
                  </sbb>
                </sbb-jar>
                """.formatted(VENDOR, VERSION, BenchSbb.class.getName(), cmp,
                event(true, "Start", START.getName(), VENDOR, VERSION,
                        "      <initial-event-select variable=\"ActivityContext\"/>\n"),
                charging, event(false, "ActivityEndEvent", "javax.slee.ActivityEndEvent", "javax.slee", "1.0", ""),
                BenchSbb.LINK, BenchSbb.LINK);
    }

    private static String event(boolean initial, String name, String type, String vendor, String version,
            String extra) {
        return """
                    <event event-direction="Receive" initial-event="%s">
                      <event-name>%s</event-name>
                      <event-type-ref>
                        <event-type-name>%s</event-type-name>
                        <event-type-vendor>%s</event-type-vendor>
                        <event-type-version>%s</event-type-version>
                      </event-type-ref>
                %s    </event>
                """.formatted(initial ? "True" : "False", name, type, vendor, version, extra);
    }

    private static String serviceXml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE service-xml PUBLIC "-//Sun Microsystems, Inc.//DTD JAIN SLEE Service 1.1//EN"
                    "http://java.sun.com/dtd/slee-service_1_1.dtd">
                <service-xml>
                  <service>
                    <service-name>%s</service-name>
                    <service-vendor>%s</service-vendor>
                    <service-version>%s</service-version>
                    <root-sbb>
                      <sbb-name>ChargingBenchSbb</sbb-name>
                      <sbb-vendor>%s</sbb-vendor>
                      <sbb-version>%s</sbb-version>
                    </root-sbb>
                    <default-priority>0</default-priority>
                  </service>
                </service-xml>
                """.formatted(SERVICE.getName(), VENDOR, VERSION, VENDOR, VERSION);
    }
}
