package org.sleecharging.it.features;

import java.util.List;
import java.util.stream.Collectors;
import javax.slee.EventTypeID;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.sleecharging.arquillian.DeployableUnits;

/**
 * The test's own DU, built with ShrinkWrap and deployed after the service DU (its SBB refers to the
 * charging manager SBB there): the {@code DriverCommand} event, {@link ChargingSpySbb} as the root
 * of {@code ChargingSpyService} and {@link ManagerDriverSbb} as the root of
 * {@code ManagerDriverService}.
 */
final class TestDus {

    static final String VENDOR = "org.sleecharging.it";
    static final String VERSION = "1.0";
    static final EventTypeID DRIVER_COMMAND = new EventTypeID("org.sleecharging.it.DriverCommand", VENDOR, VERSION);

    private static final String CHARGING = "org.sleecharging";
    private static final String CHARGING_VERSION = "1.0";
    private static final List<String> TOLD_EVENTS =
            List.of("DebitUnitRes", "CreditUnitRes", "DirectDebitUnitRes", "DirectCreditUnitRes");
    private static final List<String> MANAGER_EVENTS =
            List.of("CreditResult", "InstructionPending", "ChargingInstanceEnded");

    private TestDus() {
    }

    static JavaArchive du() {
        JavaArchive events = DeployableUnits.componentJar("driver-events.jar", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE event-jar PUBLIC "-//Sun Microsystems, Inc.//DTD JAIN SLEE Event 1.1//EN"
                    "http://java.sun.com/dtd/slee-event-jar_1_1.dtd">
                <event-jar>
                  <event-definition>
                    <description>steps for ManagerDriverSbb; a Map of JDK values, so it crosses class loaders</description>
                    <event-type-name>%s</event-type-name>
                    <event-type-vendor>%s</event-type-vendor>
                    <event-type-version>%s</event-type-version>
                    <event-class-name>java.util.Map</event-class-name>
                  </event-definition>
                </event-jar>
                """.formatted(DRIVER_COMMAND.getName(), VENDOR, VERSION));
        JavaArchive sbbs = DeployableUnits.componentJar("feature-test-sbbs.jar", sbbJarXml(),
                ChargingSpySbb.class, ManagerDriverSbb.class, Wire.class);
        return DeployableUnits.of(events, sbbs).withService("feature-test-services.xml", serviceXml())
                .build("feature-test-du.jar");
    }

    private static String sbbJarXml() {
        String spyEvents = TOLD_EVENTS.stream().map(e -> event(true, e, "org.sleecharging.charging." + e,
                CHARGING, CHARGING_VERSION)).collect(Collectors.joining());
        String managerEvents = MANAGER_EVENTS.stream().map(e -> event(false, e, "org.sleecharging.manager." + e,
                CHARGING, CHARGING_VERSION)).collect(Collectors.joining());
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE sbb-jar PUBLIC "-//Sun Microsystems, Inc.//DTD JAIN SLEE SBB 1.1//EN"
                    "http://java.sun.com/dtd/slee-sbb-jar_1_1.dtd">
                <sbb-jar>
                  <sbb>
                    <sbb-name>ChargingSpySbb</sbb-name>
                    <sbb-vendor>%1$s</sbb-vendor>
                    <sbb-version>%2$s</sbb-version>
                    <sbb-classes>
                      <sbb-abstract-class>
                        <sbb-abstract-class-name>%3$s</sbb-abstract-class-name>
                      </sbb-abstract-class>
                    </sbb-classes>
                %4$s  </sbb>
                  <sbb>
                    <sbb-name>ManagerDriverSbb</sbb-name>
                    <sbb-vendor>%1$s</sbb-vendor>
                    <sbb-version>%2$s</sbb-version>
                    <sbb-ref>
                      <sbb-name>ChargingManagerSbb</sbb-name>
                      <sbb-vendor>%6$s</sbb-vendor>
                      <sbb-version>%7$s</sbb-version>
                      <sbb-alias>ChargingManager</sbb-alias>
                    </sbb-ref>
                    <sbb-classes>
                      <sbb-abstract-class>
                        <sbb-abstract-class-name>%5$s</sbb-abstract-class-name>
                        <cmp-field><cmp-field-name>key</cmp-field-name></cmp-field>
                        <cmp-field>
                          <cmp-field-name>chargingManager</cmp-field-name>
                          <sbb-alias-ref>ChargingManager</sbb-alias-ref>
                        </cmp-field>
                        <cmp-field><cmp-field-name>resultActivity</cmp-field-name></cmp-field>
                        <get-child-relation-method>
                          <sbb-alias-ref>ChargingManager</sbb-alias-ref>
                          <get-child-relation-method-name>getChargingManagerRelation</get-child-relation-method-name>
                          <default-priority>0</default-priority>
                        </get-child-relation-method>
                      </sbb-abstract-class>
                    </sbb-classes>
                    <event event-direction="Receive" initial-event="True">
                      <event-name>DriverCommand</event-name>
                      <event-type-ref>
                        <event-type-name>%8$s</event-type-name>
                        <event-type-vendor>%1$s</event-type-vendor>
                        <event-type-version>%2$s</event-type-version>
                      </event-type-ref>
                      <initial-event-select variable="ActivityContext"/>
                    </event>
                %9$s  </sbb>
                </sbb-jar>
                """.formatted(VENDOR, VERSION, ChargingSpySbb.class.getName(), spyEvents,
                ManagerDriverSbb.class.getName(), CHARGING, CHARGING_VERSION, DRIVER_COMMAND.getName(), managerEvents);
    }

    private static String event(boolean initial, String name, String type, String vendor, String version) {
        return """
                    <event event-direction="Receive" initial-event="%s">
                      <event-name>%s</event-name>
                      <event-type-ref>
                        <event-type-name>%s</event-type-name>
                        <event-type-vendor>%s</event-type-vendor>
                        <event-type-version>%s</event-type-version>
                      </event-type-ref>
                %s    </event>
                """.formatted(initial ? "True" : "False", name, type, vendor, version,
                initial ? "      <initial-event-select variable=\"ActivityContext\"/>\n" : "");
    }

    private static String serviceXml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE service-xml PUBLIC "-//Sun Microsystems, Inc.//DTD JAIN SLEE Service 1.1//EN"
                    "http://java.sun.com/dtd/slee-service_1_1.dtd">
                <service-xml>
                %s%s</service-xml>
                """.formatted(service("ChargingSpyService", "ChargingSpySbb"),
                service("ManagerDriverService", "ManagerDriverSbb"));
    }

    private static String service(String name, String rootSbb) {
        return """
                  <service>
                    <service-name>%s</service-name>
                    <service-vendor>%s</service-vendor>
                    <service-version>%s</service-version>
                    <root-sbb>
                      <sbb-name>%s</sbb-name>
                      <sbb-vendor>%s</sbb-vendor>
                      <sbb-version>%s</sbb-version>
                    </root-sbb>
                    <default-priority>0</default-priority>
                  </service>
                """.formatted(name, VENDOR, VERSION, rootSbb, VENDOR, VERSION);
    }
}
