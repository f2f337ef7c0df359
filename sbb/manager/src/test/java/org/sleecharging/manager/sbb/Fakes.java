package org.sleecharging.manager.sbb;

import java.io.Serializable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.slee.ActivityContextInterface;
import javax.slee.SbbContext;
import javax.slee.SbbLocalObject;
import javax.slee.facilities.TimerEvent;
import javax.slee.facilities.TimerFacility;
import javax.slee.facilities.TimerID;
import javax.slee.facilities.Tracer;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.manager.ChargingManager;
import org.sleecharging.ratype.ChargingActivityContextInterfaceFactory;
import org.sleecharging.ratype.ChargingException;
import org.sleecharging.ratype.ChargingProvider;
import org.sleecharging.ratype.ChargingSessionActivity;
import org.sleecharging.ratype.InvalidSessionIdException;

/** Recording fakes of the SLEE and the charging RA type around one manager SBB object. */
final class Fakes {
    final List<String> tracer = new ArrayList<String>();
    final Map<ChargingSessionId, Session> sessions = new LinkedHashMap<ChargingSessionId, Session>();
    final Map<Object, Aci> acis = new LinkedHashMap<Object, Aci>();
    final Map<TimerID, Timer> timers = new LinkedHashMap<TimerID, Timer>();
    final List<String> createdWith = new ArrayList<String>();
    ChargingException refuseCreate;
    private int timerIds;

    /** A charging session activity that records its requests; it can be told to refuse the next one. */
    final class Session implements InvocationHandler {
        final ChargingSessionId id;
        final List<String> requests = new ArrayList<String>();
        ChargingException refuseNext;
        final ChargingSessionActivity activity;

        Session(ChargingSessionId id) {
            this.id = id;
            this.activity = proxy(ChargingSessionActivity.class, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
            case "getSessionId":
                return id;
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            case "toString":
                return "Session[" + id + "]";
            default:
                if (refuseNext != null) {
                    ChargingException refusal = refuseNext;
                    refuseNext = null;
                    throw refusal;
                }
                requests.add(method.getName() + " " + Arrays.toString(args));
                return null;
            }
        }
    }

    /** An ACI that records who attached. */
    final class Aci implements InvocationHandler {
        final Object activity;
        final List<SbbLocalObject> attached = new ArrayList<SbbLocalObject>();
        final ActivityContextInterface aci;

        Aci(Object activity) {
            this.activity = activity;
            this.aci = proxy(ActivityContextInterface.class, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            switch (method.getName()) {
            case "getActivity":
                return activity;
            case "attach":
                attached.add((SbbLocalObject) args[0]);
                return null;
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            case "toString":
                return "Aci[" + activity + "]";
            default:
                throw new UnsupportedOperationException("fake ACI: " + method.getName());
            }
        }
    }

    static final class Timer {
        final TimerID id;
        final ActivityContextInterface aci;
        final long time;

        Timer(TimerID id, ActivityContextInterface aci, long time) {
            this.id = id;
            this.aci = aci;
            this.time = time;
        }
    }

    static final class FakeTimerId implements TimerID, Serializable {
        private static final long serialVersionUID = 1L;
        final int id;

        FakeTimerId(int id) {
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FakeTimerId && ((FakeTimerId) o).id == id;
        }

        @Override
        public int hashCode() {
            return id;
        }
    }

    ChargingProvider provider() {
        return proxy(ChargingProvider.class, (p, method, args) -> {
            if (method.getName().equals("createChargingSession")) {
                if (refuseCreate != null) {
                    throw refuseCreate;
                }
                createdWith.add(Arrays.toString(args));
                ChargingSessionId id = ChargingSessionId.of("cs-" + (sessions.size() + 1), 1);
                sessions.put(id, new Session(id));
                return sessions.get(id).activity;
            }
            if (method.getName().equals("getChargingSession")) {
                Session session = sessions.get(args[0]);
                if (session == null) {
                    throw new InvalidSessionIdException("no session " + args[0]);
                }
                return session.activity;
            }
            throw new UnsupportedOperationException("fake provider: " + method.getName());
        });
    }

    ChargingActivityContextInterfaceFactory aciFactory() {
        return activity -> aci(activity).aci;
    }

    Aci aci(Object activity) {
        Aci aci = acis.get(activity);
        if (aci == null) {
            aci = new Aci(activity);
            acis.put(activity, aci);
        }
        return aci;
    }

    TimerFacility timerFacility() {
        return proxy(TimerFacility.class, (p, method, args) -> {
            if (method.getName().equals("setTimer") && args.length == 4) {
                TimerID id = new FakeTimerId(++timerIds);
                timers.put(id, new Timer(id, (ActivityContextInterface) args[0], (Long) args[2]));
                return id;
            }
            if (method.getName().equals("cancelTimer")) {
                timers.remove(args[0]);
                return null;
            }
            throw new UnsupportedOperationException("fake timer facility: " + method.getName());
        });
    }

    static TimerEvent timerEvent(Timer timer) {
        return proxy(TimerEvent.class, (p, method, args) -> {
            if (method.getName().equals("getTimerID")) {
                return timer.id;
            }
            throw new UnsupportedOperationException("fake timer event: " + method.getName());
        });
    }

    /** An SbbContext whose local object forwards the ChargingManager methods to {@code sbb}. */
    SbbContext sbbContext(Object sbb) {
        ChargingManager local = proxy(ChargingManager.class, (p, method, args) -> {
            if (method.getDeclaringClass() == SbbLocalObject.class || method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                case "isIdentical":
                case "equals":
                    return p == args[0];
                case "hashCode":
                    return 1;
                case "toString":
                    return "ChargingManager[local]";
                default:
                    throw new UnsupportedOperationException("fake local object: " + method.getName());
                }
            }
            try {
                return sbb.getClass().getMethod(method.getName(), method.getParameterTypes()).invoke(sbb, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        Tracer trace = proxy(Tracer.class, (p, method, args) -> {
            if (method.getReturnType() == boolean.class) {
                return true;
            }
            if (args != null && args.length > 0) {
                tracer.add(method.getName() + ": " + args[0]);
            }
            return null;
        });
        return proxy(SbbContext.class, (p, method, args) -> {
            switch (method.getName()) {
            case "getSbbLocalObject":
                return local;
            case "getTracer":
                return trace;
            default:
                throw new UnsupportedOperationException("fake SbbContext: " + method.getName());
            }
        });
    }

    static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(Fakes.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
