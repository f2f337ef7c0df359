package org.sleecharging.ra.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.slee.Address;
import javax.slee.TransactionRequiredLocalException;
import javax.slee.resource.ActivityAlreadyExistsException;
import javax.slee.resource.ActivityHandle;
import javax.slee.resource.ActivityIsEndingException;
import javax.slee.resource.FireableEventType;
import javax.slee.resource.ReceivableService;
import javax.slee.resource.SleeEndpoint;
import javax.slee.resource.UnrecognizedActivityHandleException;

/**
 * Records what the RA asks of the SLEE. Activities live from start until endActivity; firing on an
 * unknown or ended activity fails as the SLEE would (JSLEE 1.1 §15.11).
 */
public final class RecordingSleeEndpoint implements SleeEndpoint {

    public enum StartKind { PLAIN, SUSPENDED, TRANSACTED }

    public record Started(ActivityHandle handle, Object activity, int flags, StartKind kind) {}

    public record Fired(ActivityHandle handle, FireableEventType type, Object event, int flags) {}

    private final FakeTransactions transactions;
    public final Map<ActivityHandle, Object> live = new LinkedHashMap<>();
    public final List<Started> started = new ArrayList<>();
    public final List<Fired> fired = new ArrayList<>();
    public final List<ActivityHandle> ended = new ArrayList<>();

    RecordingSleeEndpoint(FakeTransactions transactions) {
        this.transactions = transactions;
    }

    public synchronized List<Object> eventsOn(ActivityHandle handle) {
        return fired.stream().filter(f -> f.handle().equals(handle)).map(Fired::event).collect(Collectors.toList());
    }

    public synchronized Object lastEvent() {
        return fired.get(fired.size() - 1).event();
    }

    @Override
    public void startActivity(ActivityHandle handle, Object activity) throws ActivityAlreadyExistsException {
        startActivity(handle, activity, 0);
    }

    @Override
    public synchronized void startActivity(ActivityHandle handle, Object activity, int flags)
            throws ActivityAlreadyExistsException {
        start(handle, activity, flags, StartKind.PLAIN);
    }

    @Override
    public void startActivitySuspended(ActivityHandle handle, Object activity) throws ActivityAlreadyExistsException {
        startActivitySuspended(handle, activity, 0);
    }

    @Override
    public synchronized void startActivitySuspended(ActivityHandle handle, Object activity, int flags)
            throws ActivityAlreadyExistsException {
        requireTransaction();
        start(handle, activity, flags, StartKind.SUSPENDED);
    }

    @Override
    public void startActivityTransacted(ActivityHandle handle, Object activity) throws ActivityAlreadyExistsException {
        startActivityTransacted(handle, activity, 0);
    }

    @Override
    public synchronized void startActivityTransacted(ActivityHandle handle, Object activity, int flags)
            throws ActivityAlreadyExistsException {
        requireTransaction();
        start(handle, activity, flags, StartKind.TRANSACTED);
    }

    private void requireTransaction() {
        if (!transactions.active()) {
            throw new TransactionRequiredLocalException("no SLEE transaction is active");
        }
    }

    private void start(ActivityHandle handle, Object activity, int flags, StartKind kind)
            throws ActivityAlreadyExistsException {
        if (handle == null || activity == null) {
            throw new NullPointerException("handle or activity");
        }
        if (live.containsKey(handle)) {
            throw new ActivityAlreadyExistsException("activity " + handle + " exists");
        }
        live.put(handle, activity);
        started.add(new Started(handle, activity, flags, kind));
    }

    @Override
    public void suspendActivity(ActivityHandle handle) {
        throw new UnsupportedOperationException("the charging RA does not suspend activities");
    }

    @Override
    public synchronized void endActivity(ActivityHandle handle) throws UnrecognizedActivityHandleException {
        if (live.remove(handle) == null) {
            throw new UnrecognizedActivityHandleException("no activity " + handle);
        }
        ended.add(handle);
    }

    @Override
    public void endActivityTransacted(ActivityHandle handle) {
        throw new UnsupportedOperationException("the charging RA ends activities non-transacted");
    }

    @Override
    public void fireEvent(ActivityHandle handle, FireableEventType type, Object event, Address address,
            ReceivableService service) throws UnrecognizedActivityHandleException, ActivityIsEndingException {
        fireEvent(handle, type, event, address, service, 0);
    }

    @Override
    public synchronized void fireEvent(ActivityHandle handle, FireableEventType type, Object event, Address address,
            ReceivableService service, int flags) throws UnrecognizedActivityHandleException {
        if (!live.containsKey(handle)) {
            throw new UnrecognizedActivityHandleException("no activity " + handle);
        }
        if (!type.getEventClassName().equals(event.getClass().getName())) {
            throw new IllegalArgumentException(event + " is not a " + type.getEventClassName());
        }
        fired.add(new Fired(handle, type, event, flags));
    }

    @Override
    public void fireEventTransacted(ActivityHandle handle, FireableEventType type, Object event, Address address,
            ReceivableService service) {
        throw new UnsupportedOperationException("the charging RA fires events non-transacted");
    }

    @Override
    public void fireEventTransacted(ActivityHandle handle, FireableEventType type, Object event, Address address,
            ReceivableService service, int flags) {
        throw new UnsupportedOperationException("the charging RA fires events non-transacted");
    }
}
