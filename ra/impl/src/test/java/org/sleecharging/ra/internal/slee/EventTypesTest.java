package org.sleecharging.ra.internal.slee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.SessionEnded;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.SessionEndedCause;
import org.sleecharging.ra.fake.FakeEventLookup;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class EventTypesTest {

    @Test
    void theRaFiresExactlyTheEventTypesItsRaTypeDeclares() throws Exception {
        DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        NodeList names = builder.parse(getClass().getResourceAsStream("/META-INF/resource-adaptor-type-jar.xml"))
                .getElementsByTagName("event-type-name");
        List<String> declared = new ArrayList<>();
        for (int i = 0; i < names.getLength(); i++) {
            declared.add(names.item(i).getTextContent().trim());
        }

        assertThat(EventTypes.NAMES).map(n -> EventTypes.NAME_PREFIX + n).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void typesAreLookedUpWithTheFilteredVendorAndVersion() {
        FakeEventLookup lookup = new FakeEventLookup();
        EventTypes.NAMES.forEach(n -> lookup.install(n, "org.sleecharging", "1.0"));

        EventTypes types = EventTypes.lookUp(lookup);

        assertThat(types.of(new SessionEnded(ChargingSessionId.of("s;1", 1), SessionEndedCause.TIMER_EXPIRED))
                .getEventType().getName()).isEqualTo("org.sleecharging.charging.SessionEnded");
        assertThatThrownBy(() -> types.of("not an event")).isInstanceOf(IllegalArgumentException.class);
    }
}
