package org.sleecharging.it.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.sleecharging.container.EmbeddedSlee;
import org.sleecharging.events.manager.ManagerEvent;

/**
 * The test's handle on one {@link ManagerDriverSbb} entity (one charging manager): {@link #run}
 * fires steps on the driver's own test activity and returns their outcomes; {@link #next} takes the
 * manager's events. {@link #close()} ends the test activity, so the entity goes away.
 */
final class ManagerDriver implements AutoCloseable {

    private static final AtomicInteger KEYS = new AtomicInteger();

    private final EmbeddedSlee.TestActivity activity;
    private final Recorder recorder;
    private final String key = "driver-" + KEYS.incrementAndGet();
    private final Duration timeout;
    private final java.util.Set<Integer> claimed = new java.util.HashSet<>();
    private boolean ended;

    ManagerDriver(EmbeddedSlee slee, Recorder recorder, Duration timeout) {
        this.activity = slee.startTestActivity();
        this.recorder = recorder;
        this.timeout = timeout;
    }

    /**
     * Runs the steps (see {@link ManagerDriverSbb}) in one transaction of the driver entity; the
     * outcome of each, in order: {@code "ok"} or the exception that refused it.
     */
    List<Object> run(String... steps) {
        ended |= List.of(steps).contains("end");
        HashMap<String, Object> command = new HashMap<>();
        command.put(ManagerDriverSbb.KEY, key);
        command.put(ManagerDriverSbb.STEPS, steps);
        activity.fire(TestDus.DRIVER_COMMAND, command);
        List<Object> outcomes = new ArrayList<>();
        for (String step : steps) {
            outcomes.add(recorder.take(key + ManagerDriverSbb.STEPS_INBOX, Object.class, timeout));
        }
        return outcomes;
    }

    /** Runs steps that must all succeed. */
    void runOk(String... steps) {
        assertThat(run(steps)).as("outcomes of %s", List.of(steps)).allMatch(ManagerDriverSbb.OK::equals);
    }

    /**
     * The manager's oldest event not taken yet that is a {@code type} about instance {@code name}
     * (events of different instances arrive in any order), waiting for it.
     */
    <T extends ManagerEvent> T next(Class<T> type, String name) {
        return type.cast(await("a " + type.getSimpleName() + " for " + name).atMost(timeout)
                .until(() -> unclaimed(type, name), java.util.Objects::nonNull));
    }

    private synchronized Object unclaimed(Class<?> type, String name) {
        List<Object> events = events();
        for (int i = 0; i < events.size(); i++) {
            Object e = events.get(i);
            if (!claimed.contains(i) && type.isInstance(e) && ((ManagerEvent) e).getInstanceName().equals(name)) {
                claimed.add(i);
                return e;
            }
        }
        return null;
    }

    /** Every event the manager fired so far. */
    List<Object> events() {
        return recorder.history(key + ManagerDriverSbb.EVENTS_INBOX);
    }

    /** Ends the manager (step {@code end}) if the test did not, then the driver's activity. */
    @Override
    public void close() {
        if (!ended) {
            run("end");
        }
        activity.end();
    }
}
