package org.sleecharging.ra.fake;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sleecharging.ra.ChargingRaUsageParameters;

/** The default usage parameter set: counters and samples by usage parameter name. */
public final class RecordingUsage {

    public final Map<String, Long> counters = new ConcurrentHashMap<>();
    public final Map<String, List<Long>> samples = new ConcurrentHashMap<>();

    public long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }

    public List<Long> samples(String name) {
        return samples.getOrDefault(name, List.of());
    }

    ChargingRaUsageParameters proxy() {
        return (ChargingRaUsageParameters) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ChargingRaUsageParameters.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("increment")) {
                        counters.merge(decapitalize(name.substring(9)), (Long) args[0], Long::sum);
                        return null;
                    }
                    if (name.startsWith("sample")) {
                        samples.computeIfAbsent(decapitalize(name.substring(6)), k -> new ArrayList<>()).add((Long) args[0]);
                        return null;
                    }
                    if (name.startsWith("get") && method.getReturnType() == long.class) {
                        return counter(decapitalize(name.substring(3)));
                    }
                    throw new UnsupportedOperationException(name);
                });
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
