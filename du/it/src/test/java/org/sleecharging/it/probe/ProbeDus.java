package org.sleecharging.it.probe;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.slee.EventTypeID;
import javax.slee.ServiceID;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.sleecharging.arquillian.DeployableUnits;

/**
 * The probe's deployable unit, built with ShrinkWrap: an event jar for the test's command event, an
 * SBB jar with {@link ChargingProbeSbb} bound to one charging RA entity per link name, and the
 * service. Deploy it after the charging RA DU, once those links are bound.
 */
public final class ProbeDus {

    public static final String VENDOR = "org.sleecharging.it";
    public static final String VERSION = "1.0";
    public static final ServiceID SERVICE = new ServiceID("ChargingProbeService", VENDOR, VERSION);
    public static final String SERVICE_NAME = "ChargingProbeService#" + VENDOR + "#" + VERSION;
    public static final EventTypeID COMMAND =
            new EventTypeID("org.sleecharging.it.ProbeCommand", VENDOR, VERSION);

    /** Every event of the charging RA type (events/ event-jar.xml), one handler each in the SBB. */
    static final List<String> CHARGING_EVENTS = List.of("CreditAmountErr", "CreditAmountRes",
            "CreditUnitErr", "CreditUnitRes", "DebitAmountErr", "DebitAmountRes", "DebitUnitErr",
            "DebitUnitRes", "DirectCreditAmountErr", "DirectCreditAmountRes", "DirectCreditUnitErr",
            "DirectCreditUnitRes", "DirectDebitAmountErr", "DirectDebitAmountRes", "DirectDebitUnitErr",
            "DirectDebitUnitRes", "ExtendLifeTimeErr", "ExtendLifeTimeRes", "RateErr", "RateRes",
            "ReauthRequest", "ReserveAmountErr", "ReserveAmountRes", "ReserveUnitErr", "ReserveUnitRes",
            "SessionAborted", "SessionEnded");

    private static final String CHARGING_VENDOR = "org.sleecharging";
    private static final String CHARGING_VERSION = "1.0";

    private ProbeDus() {
    }

    /** The probe DU with an RA entity binding for each link name (at least one). */
    public static JavaArchive du(String archiveName, String... links) {
        if (links.length == 0) {
            throw new IllegalArgumentException("the probe needs at least one charging RA link name");
        }
        JavaArchive events = DeployableUnits.componentJar("probe-events.jar", eventJarXml());
        JavaArchive sbb = DeployableUnits.componentJar("probe-sbb.jar", sbbJarXml(List.of(links)),
                ChargingProbeSbb.class, ProbeCommand.class, ProbeCommand.Op.class, CommandOutcome.class,
                SessionActivityEnded.class, ProbeWire.class);
        return DeployableUnits.of(events, sbb).withService("probe-service.xml", serviceXml())
                .build(archiveName);
    }

    static String eventJarXml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE event-jar PUBLIC "-//Sun Microsystems, Inc.//DTD JAIN SLEE Event 1.1//EN"
                    "http://java.sun.com/dtd/slee-event-jar_1_1.dtd">
                <event-jar>
                  <event-definition>
                    <description>A test's command to the probe SBB; a Map so it crosses class loaders (ProbeWire)</description>
                    <event-type-name>%s</event-type-name>
                    <event-type-vendor>%s</event-type-vendor>
                    <event-type-version>%s</event-type-version>
                    <event-class-name>java.util.Map</event-class-name>
                  </event-definition>
                </event-jar>
                """.formatted(COMMAND.getName(), VENDOR, VERSION);
    }

    static String sbbJarXml(List<String> links) {
        String chargingEvents = CHARGING_EVENTS.stream().map(e -> event("Receive", false, e,
                "org.sleecharging.charging." + e, CHARGING_VENDOR, CHARGING_VERSION, ""))
                .collect(Collectors.joining());
        String entityBindings = links.stream().map(link -> """
                      <resource-adaptor-entity-binding>
                        <resource-adaptor-object-name>slee/resources/charging/%s/provider</resource-adaptor-object-name>
                        <resource-adaptor-entity-link>%s</resource-adaptor-entity-link>
                      </resource-adaptor-entity-binding>
                """.formatted(link, link)).collect(Collectors.joining());
        String cmp = Stream.of("recorder", "key", "link", "sessionId")
                .map(f -> "    <cmp-field><cmp-field-name>" + f + "</cmp-field-name></cmp-field>\n")
                .collect(Collectors.joining());
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE sbb-jar PUBLIC "-//Sun Microsystems, Inc.//DTD JAIN SLEE SBB 1.1//EN"
                    "http://java.sun.com/dtd/slee-sbb-jar_1_1.dtd">
                <sbb-jar>
                  <sbb>
                    <sbb-name>ChargingProbeSbb</sbb-name>
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
                        <resource-adaptor-type-vendor>%s</resource-adaptor-type-vendor>
                        <resource-adaptor-type-version>%s</resource-adaptor-type-version>
                      </resource-adaptor-type-ref>
                      <activity-context-interface-factory-name>%s</activity-context-interface-factory-name>
                %s    </resource-adaptor-type-binding>
                  </sbb>
                </sbb-jar>
                """.formatted(VENDOR, VERSION, ChargingProbeSbb.class.getName(), cmp.indent(4),
                event("Receive", true, "ProbeCommand", COMMAND.getName(), VENDOR, VERSION,
                        "      <initial-event-select variable=\"ActivityContext\"/>\n"),
                chargingEvents,
                event("Receive", false, "ActivityEndEvent", "javax.slee.ActivityEndEvent", "javax.slee", "1.0", ""),
                CHARGING_VENDOR, CHARGING_VERSION, ChargingProbeSbb.ACI_FACTORY, entityBindings);
    }

    private static String event(String direction, boolean initial, String eventName, String type,
            String vendor, String version, String extra) {
        return """
                    <event event-direction="%s" initial-event="%s">
                      <event-name>%s</event-name>
                      <event-type-ref>
                        <event-type-name>%s</event-type-name>
                        <event-type-vendor>%s</event-type-vendor>
                        <event-type-version>%s</event-type-version>
                      </event-type-ref>
                %s    </event>
                """.formatted(direction, initial ? "True" : "False", eventName, type, vendor, version, extra);
    }

    static String serviceXml() {
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
                      <sbb-name>ChargingProbeSbb</sbb-name>
                      <sbb-vendor>%s</sbb-vendor>
                      <sbb-version>%s</sbb-version>
                    </root-sbb>
                    <default-priority>0</default-priority>
                  </service>
                </service-xml>
                """.formatted(SERVICE.getName(), VENDOR, VERSION, VENDOR, VERSION);
    }
}
