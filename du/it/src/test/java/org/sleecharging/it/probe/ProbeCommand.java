package org.sleecharging.it.probe;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import javax.slee.Address;
import org.sleecharging.events.value.ApplicationDescription;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.CorrelationId;
import org.sleecharging.events.value.MerchantAccount;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.VolumeSet;

/**
 * One call the probe SBB makes on the charging RA for a test: which operation, with which values.
 * Serializable so that it crosses from the test's class loader into the SBB's (see
 * {@link ProbeWire}). Fields an operation does not use are null. Written in Java 8 like the SBB it
 * travels to.
 */
public final class ProbeCommand implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The probe SBB's operations: one per {@code ChargingProvider}/{@code ChargingSessionActivity} method. */
    public enum Op {
        OPEN, OPEN_SPLIT, RECREATE,
        RESERVE_AMOUNT, RESERVE_UNIT, DEBIT_AMOUNT, DEBIT_UNIT, CREDIT_AMOUNT, CREDIT_UNIT,
        DIRECT_DEBIT_AMOUNT, DIRECT_DEBIT_UNIT, DIRECT_CREDIT_AMOUNT, DIRECT_CREDIT_UNIT,
        EXTEND_LIFETIME, RATE, RELEASE, AMOUNT_LEFT, UNIT_LEFT, LIFETIME_LEFT
    }

    public static final ApplicationDescription DESCRIPTION =
            ApplicationDescription.of("slee-charging integration test", "it");
    public static final MerchantAccount MERCHANT = MerchantAccount.of("slee-charging-it", 1);

    private final String id = UUID.randomUUID().toString();
    private final Op op;
    private String link;
    private List<Address> users = Collections.emptyList();
    private ChargingSessionId sessionId;
    private Money amount;
    private Money minimum;
    private VolumeSet volumes;
    private boolean closeReservation;
    private int requestNumber;
    private ChargingParameters parameters = ChargingParameters.NONE;

    private ProbeCommand(Op op) {
        this.op = op;
    }

    /** createChargingSession for one user through the RA entity bound to {@code link}. */
    public static ProbeCommand open(String link, Address user) {
        ProbeCommand c = new ProbeCommand(Op.OPEN);
        c.link = link;
        c.users = Collections.singletonList(user);
        return c;
    }

    public static ProbeCommand openSplit(String link, List<Address> users) {
        ProbeCommand c = new ProbeCommand(Op.OPEN_SPLIT);
        c.link = link;
        c.users = Collections.unmodifiableList(new ArrayList<Address>(users));
        return c;
    }

    /** recreateChargingSession through the RA entity bound to {@code link} (another node's session). */
    public static ProbeCommand recreate(String link, ChargingSessionId sessionId) {
        ProbeCommand c = new ProbeCommand(Op.RECREATE);
        c.link = link;
        c.sessionId = sessionId;
        return c;
    }

    public static ProbeCommand reserveAmount(Money preferred, Money minimum, int requestNumber) {
        ProbeCommand c = numbered(Op.RESERVE_AMOUNT, requestNumber);
        c.amount = preferred;
        c.minimum = minimum;
        return c;
    }

    public static ProbeCommand reserveUnit(VolumeSet volumes, int requestNumber) {
        ProbeCommand c = numbered(Op.RESERVE_UNIT, requestNumber);
        c.volumes = volumes;
        return c;
    }

    public static ProbeCommand debitAmount(Money amount, boolean closeReservation, int requestNumber) {
        return amount(Op.DEBIT_AMOUNT, amount, closeReservation, requestNumber);
    }

    public static ProbeCommand creditAmount(Money amount, boolean closeReservation, int requestNumber) {
        return amount(Op.CREDIT_AMOUNT, amount, closeReservation, requestNumber);
    }

    public static ProbeCommand debitUnit(VolumeSet volumes, boolean closeReservation, int requestNumber) {
        return units(Op.DEBIT_UNIT, volumes, closeReservation, requestNumber);
    }

    public static ProbeCommand creditUnit(VolumeSet volumes, boolean closeReservation, int requestNumber) {
        return units(Op.CREDIT_UNIT, volumes, closeReservation, requestNumber);
    }

    public static ProbeCommand directDebitAmount(Money amount, int requestNumber) {
        return amount(Op.DIRECT_DEBIT_AMOUNT, amount, false, requestNumber);
    }

    public static ProbeCommand directCreditAmount(Money amount, int requestNumber) {
        return amount(Op.DIRECT_CREDIT_AMOUNT, amount, false, requestNumber);
    }

    public static ProbeCommand directDebitUnit(VolumeSet volumes, int requestNumber) {
        return units(Op.DIRECT_DEBIT_UNIT, volumes, false, requestNumber);
    }

    public static ProbeCommand directCreditUnit(VolumeSet volumes, int requestNumber) {
        return units(Op.DIRECT_CREDIT_UNIT, volumes, false, requestNumber);
    }

    public static ProbeCommand rate(ChargingParameters parameters) {
        ProbeCommand c = new ProbeCommand(Op.RATE);
        c.parameters = parameters;
        return c;
    }

    public static ProbeCommand release(int requestNumber) {
        return numbered(Op.RELEASE, requestNumber);
    }

    /** An operation without arguments: EXTEND_LIFETIME, AMOUNT_LEFT, UNIT_LEFT, LIFETIME_LEFT. */
    public static ProbeCommand of(Op op) {
        return new ProbeCommand(op);
    }

    /** The same command with charging parameters (Service-Identifier, Rating-Group...). */
    public ProbeCommand withParameters(ChargingParameters p) {
        this.parameters = p;
        return this;
    }

    private static ProbeCommand numbered(Op op, int requestNumber) {
        ProbeCommand c = new ProbeCommand(op);
        c.requestNumber = requestNumber;
        return c;
    }

    private static ProbeCommand amount(Op op, Money amount, boolean close, int requestNumber) {
        ProbeCommand c = numbered(op, requestNumber);
        c.amount = amount;
        c.closeReservation = close;
        return c;
    }

    private static ProbeCommand units(Op op, VolumeSet volumes, boolean close, int requestNumber) {
        ProbeCommand c = numbered(op, requestNumber);
        c.volumes = volumes;
        c.closeReservation = close;
        return c;
    }

    /** Unique per command: the outcome record carries it back. */
    public String id() {
        return id;
    }

    public Op op() {
        return op;
    }

    public String link() {
        return link;
    }

    public List<Address> users() {
        return users;
    }

    public ChargingSessionId sessionId() {
        return sessionId;
    }

    public Money amount() {
        return amount;
    }

    public Money minimum() {
        return minimum;
    }

    public VolumeSet volumes() {
        return volumes;
    }

    public boolean closeReservation() {
        return closeReservation;
    }

    public int requestNumber() {
        return requestNumber;
    }

    public ChargingParameters parameters() {
        return parameters;
    }

    public CorrelationId correlationId() {
        return CorrelationId.of(id.hashCode() & 0x7fffffffL, 0);
    }

    @Override
    public String toString() {
        return op + "#" + requestNumber + (amount != null ? " " + amount : "")
                + (volumes != null ? " " + volumes : "") + (link != null ? " via " + link : "");
    }
}
