package org.sleecharging.ra;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import javax.slee.Address;
import javax.slee.AddressPlan;
import javax.slee.resource.ActivityHandle;
import javax.slee.resource.ConfigProperties;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.ApplicationDescription;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.CorrelationId;
import org.sleecharging.events.value.MerchantAccount;
import org.sleecharging.events.value.Money;
import org.sleecharging.ra.engine.SessionSnapshot;
import org.sleecharging.ra.fake.FakeEnvironment;
import org.sleecharging.ra.fake.FakeFaultTolerantContext;
import org.sleecharging.ra.fake.FakeRaContext;
import org.sleecharging.ra.fake.FakeRoTransport;
import org.sleecharging.ra.fake.ManualTime;
import org.sleecharging.ra.fake.RaDescriptor;
import org.sleecharging.ratype.ChargingProvider;
import org.sleecharging.ratype.ChargingSessionActivity;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** One RA entity on recording fakes, with the descriptor's default configuration and shorthands. */
class RaFixture {

    static final RaDescriptor DESCRIPTOR = RaDescriptor.load();
    static final Currency EUR = Currency.getInstance("EUR");
    static final ApplicationDescription APP = ApplicationDescription.of("test call", "app-1");
    static final MerchantAccount MERCHANT = MerchantAccount.of("shop", 1);
    static final CorrelationId CORRELATION = CorrelationId.of(77, 0);
    static final Address ALICE = new Address(AddressPlan.E164, "+4912345");
    static final Address BOB = new Address(AddressPlan.SIP, "sip:bob@example.org");

    final FakeEnvironment environment;
    final FakeRaContext context;
    final ChargingResourceAdaptor ra;

    RaFixture() {
        this("charging", FakeFaultTolerantContext.newCache(), new ManualTime());
    }

    /** Entities with the same cache and time play two nodes of one cluster. */
    RaFixture(String entityName, Map<ChargingSessionId, byte[]> cache, ManualTime time) {
        environment = new FakeEnvironment(time);
        context = new FakeRaContext(entityName, raTypeEventNames());
        ra = new ChargingResourceAdaptor(environment);
        ra.setResourceAdaptorContext(context);
        ra.setFaultTolerantResourceAdaptorContext(new FakeFaultTolerantContext<ChargingSessionId, SessionSnapshot>(cache, ra::dataRemoved));
    }

    /** The SLEE's sequence for a new entity (JSLEE 1.1 §15.2): verify, configure, activate. */
    RaFixture activate() throws Exception {
        return activate(DESCRIPTOR.defaults());
    }

    RaFixture activate(ConfigProperties properties) throws Exception {
        ra.raVerifyConfiguration(properties);
        ra.raConfigure(properties);
        ra.raActive();
        return this;
    }

    ChargingProvider provider() {
        return (ChargingProvider) ra.getResourceAdaptorInterface(ChargingProvider.class.getName());
    }

    FakeRoTransport ro() {
        return environment.transport();
    }

    /** Created as an SBB would: inside a SLEE transaction. */
    ChargingSessionActivity create() throws Exception {
        context.transactions.begin();
        try {
            return provider().createChargingSession("call", MERCHANT, ALICE, CORRELATION);
        } finally {
            context.transactions.end();
        }
    }

    ActivityHandle handle(ChargingSessionActivity activity) {
        return ra.getActivityHandle(activity);
    }

    List<Object> events(ChargingSessionActivity activity) {
        return context.endpoint.eventsOn(handle(activity));
    }

    static Money eur(String amount) {
        return Money.of(EUR, Amount.parse(amount));
    }

    static void reserve(ChargingSessionActivity activity, String amount) throws Exception {
        activity.reserveAmountReq(APP, ChargingParameters.NONE, eur(amount), eur("0"), activity.getNextRequestNumber());
    }

    static void debit(ChargingSessionActivity activity, String amount) throws Exception {
        activity.debitAmountReq(APP, eur(amount), false, activity.getNextRequestNumber());
    }

    /** Simple names of the events the RA type declares, as the SLEE installs them from the events jar. */
    static List<String> raTypeEventNames() {
        try {
            DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new java.io.StringReader("")));
            Document raType = builder.parse(RaFixture.class.getResourceAsStream("/META-INF/resource-adaptor-type-jar.xml"));
            NodeList names = raType.getElementsByTagName("event-type-name");
            List<String> result = new ArrayList<>();
            for (int i = 0; i < names.getLength(); i++) {
                String name = names.item(i).getTextContent().trim();
                result.add(name.substring(name.lastIndexOf('.') + 1));
            }
            return result;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the RA type descriptor", e);
        }
    }
}
