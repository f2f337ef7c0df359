package org.sleecharging.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.slee.ComponentID;
import javax.slee.management.DeployableUnitID;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.ResourceAdaptorID;
import org.sleecharging.bench.sbb.BenchSbb;
import org.sleecharging.container.EmbeddedSlee;

/**
 * The RA leg: the charging RA DU and the bench SBB's DU in an embedded SLEE, one RA entity
 * (link {@value BenchSbb#LINK}) with the OCS as its only peer. Each session is one start event on
 * its own test activity, which is ended when the session is done.
 */
final class RaLeg implements Leg {

    static final String ENTITY = "bench";

    private final EmbeddedSlee slee;
    private final BenchSink sink = BenchSink.register();
    private final Map<String, EmbeddedSlee.TestActivity> activities = new ConcurrentHashMap<>();
    // Ends test activities and calls the driver outside the SBB's transaction.
    private final ExecutorService driver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bench-ra-driver");
        t.setDaemon(true);
        return t;
    });

    RaLeg(OcsEndpoint ocs, int eventThreads, Path work) throws Exception {
        slee = EmbeddedSlee.builder().name("bench").eventThreads(eventThreads).start();
        DeployableUnitID raDu = slee.deploy(RaDu.prepare(work));
        ResourceAdaptorID ra = only(raDu, ResourceAdaptorID.class);
        ConfigProperties defaults = slee.resources().getConfigurationProperties(ra);
        Map<String, Object> values = Map.of("originHost", "bench-ra.bench.sleecharging.local",
                "originRealm", "bench.sleecharging.local", "destinationRealm", ocs.realm(),
                "ocsPrimaryHost", ocs.host(), "ocsPrimaryAddress", "127.0.0.1", "ocsPrimaryPort", ocs.port(),
                "txTimerMillis", 10_000L, "maxParallelSessions", 1_000_000,
                "maxSessionsPerHour", Integer.MAX_VALUE, "defaultLifetime", "PT1H");
        ConfigProperties properties = configured(defaults, values);
        slee.createResourceAdaptorEntity(ra, ENTITY, properties);
        slee.activateResourceAdaptorEntity(ENTITY);
        slee.bindLinkName(ENTITY, BenchSbb.LINK);
        slee.deploy(BenchDu.write(work));
        slee.activateService(BenchDu.SERVICE);
    }

    @Override
    public void start(long id, String user, SessionMode mode, SessionListener listener) {
        String key = Long.toString(id);
        sink.expect(key, (what, nanos) -> {
            if (what.equals("reserve")) {
                listener.reserved(nanos);
                if (mode == SessionMode.HOLD) {
                    finish(key, null);
                }
            } else if (what.equals("done")) {
                finish(key, listener::done);
            } else if (what.startsWith("failed:")) {
                finish(key, () -> listener.failed(what.substring("failed:".length())));
            }
        });
        EmbeddedSlee.TestActivity activity = slee.startTestActivity();
        activities.put(key, activity);
        activity.fire(BenchDu.START, Map.of(BenchSbb.KEY, key, BenchSbb.USER, user, BenchSbb.MODE,
                mode == SessionMode.HOLD ? BenchSbb.HOLD : BenchSbb.SCUR));
    }

    private void finish(String key, Runnable then) {
        sink.forget(key);
        driver.execute(() -> {
            EmbeddedSlee.TestActivity activity = activities.remove(key);
            if (activity != null) {
                activity.end();
            }
            if (then != null) {
                then.run();
            }
        });
    }

    /** CCR-INITIAL and CCR-TERMINATION: the debits are booked locally and reported in the CCR-T (FlowCheck shows it). */
    @Override
    public int ccrsPerSession(SessionMode mode) {
        return mode == SessionMode.SCUR ? 2 : 1;
    }

    @Override
    public String state() {
        org.sleecharging.container.SleeInspection i = slee.inspect();
        return "activities=" + i.activities() + ",sbbEntities=" + i.totalSbbEntities();
    }

    /** Reports the SBB made for sessions already finished. */
    long lateReports() {
        return sink.unrouted();
    }

    @Override
    public void close() {
        driver.shutdown();
        slee.close();
    }

    private <T extends ComponentID> T only(DeployableUnitID du, Class<T> type) throws Exception {
        List<T> found = java.util.Arrays.stream(slee.deployment().getDescriptor(du).getComponents())
                .filter(type::isInstance).map(type::cast).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("the RA DU must hold exactly one " + type.getSimpleName() + ", holds " + found);
        }
        return found.get(0);
    }

    private static ConfigProperties configured(ConfigProperties defaults, Map<String, Object> values) {
        for (String name : values.keySet()) {
            if (defaults.getProperty(name) == null) {
                throw new IllegalStateException("the charging RA has no configuration property " + name);
            }
        }
        ConfigProperties result = new ConfigProperties();
        for (ConfigProperties.Property p : defaults.getProperties()) {
            Object value = values.containsKey(p.getName()) ? values.get(p.getName()) : p.getValue();
            result.addProperty(new ConfigProperties.Property(p.getName(), p.getType(), value));
        }
        return result;
    }
}
