package org.sleecharging.ocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the YAML configuration documented in the module README into an {@link OcsConfig}.
 * Unknown keys are rejected so a typo never silently falls back to a default. Write money as
 * quoted strings ("0.01") to keep it exact.
 */
public final class OcsConfigLoader {
    private static final List<String> TOP_KEYS = List.of("originHost", "originRealm", "listen", "serviceContextIds",
            "validityTimeSeconds", "messageTimeoutMillis", "defaultQuota", "answerCacheSize", "ledgerRetention", "recordedRequests",
            "tariffs", "accounts");

    private OcsConfigLoader() {
    }

    public static OcsConfig load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader), file.toString());
        }
    }

    public static OcsConfig load(InputStream in, String name) {
        return parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(in), name);
    }

    @SuppressWarnings("unchecked")
    private static OcsConfig parse(Object document, String source) {
        if (!(document instanceof Map)) {
            throw new IllegalArgumentException(source + ": expected a YAML mapping at top level");
        }
        Map<String, Object> root = (Map<String, Object>) document;
        for (String key : root.keySet()) {
            if (!TOP_KEYS.contains(key)) {
                throw new IllegalArgumentException(source + ": unknown key '" + key + "' (known: " + TOP_KEYS + ")");
            }
        }
        OcsConfig.Builder b = OcsConfig.builder();
        if (root.containsKey("originHost")) {
            b.originHost(text(root, "originHost"));
        }
        if (root.containsKey("originRealm")) {
            b.originRealm(text(root, "originRealm"));
        }
        if (root.containsKey("listen")) {
            String listen = text(root, "listen");
            int colon = listen.lastIndexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException(source + ": listen must be address:port, was " + listen);
            }
            b.listen(listen.substring(0, colon), Integer.parseInt(listen.substring(colon + 1)));
        }
        for (Object id : (List<Object>) root.getOrDefault("serviceContextIds", List.of())) {
            b.serviceContextId(id.toString());
        }
        if (root.containsKey("validityTimeSeconds")) {
            b.validityTime(Duration.ofSeconds(number(root, "validityTimeSeconds")));
        }
        if (root.containsKey("messageTimeoutMillis")) {
            b.messageTimeout(Duration.ofMillis(number(root, "messageTimeoutMillis")));
        }
        if (root.containsKey("answerCacheSize")) {
            b.answerCacheSize((int) number(root, "answerCacheSize"));
        }
        if (root.containsKey("recordedRequests")) {
            b.recordedRequests((int) number(root, "recordedRequests"));
        }
        if (root.containsKey("ledgerRetention")) {
            b.ledgerRetention((int) number(root, "ledgerRetention"));
        }
        ((Map<String, Object>) root.getOrDefault("defaultQuota", Map.of()))
                .forEach((unit, quota) -> b.defaultQuota(UnitType.valueOf(unit), ((Number) quota).longValue()));
        for (Object t : (List<Object>) root.getOrDefault("tariffs", List.of())) {
            b.tariff(tariff((Map<String, Object>) t, source));
        }
        for (Object a : (List<Object>) root.getOrDefault("accounts", List.of())) {
            b.account(account((Map<String, Object>) a, source));
        }
        return b.build();
    }

    private static Tariff tariff(Map<String, Object> t, String source) {
        Long rg = t.get("ratingGroup") == null ? null : ((Number) t.get("ratingGroup")).longValue();
        Long sid = t.get("serviceIdentifier") == null ? null : ((Number) t.get("serviceIdentifier")).longValue();
        UnitType unit = UnitType.valueOf(text(t, "unit"));
        if (Boolean.TRUE.equals(t.get("notApplicable"))) {
            return new Tariff(rg, sid, unit, null, true);
        }
        if (t.get("price") == null || t.get("currency") == null) {
            throw new IllegalArgumentException(source + ": tariff " + t + " needs price and currency");
        }
        return new Tariff(rg, sid, unit, Money.of(text(t, "currency"), t.get("price").toString()), false);
    }

    @SuppressWarnings("unchecked")
    private static AccountConfig account(Map<String, Object> a, String source) {
        AccountConfig.Builder b = AccountConfig.builder(text(a, "id"));
        for (Object id : (List<Object>) a.getOrDefault("subscriptionIds", List.of())) {
            b.subscriptionId(id.toString());
        }
        ((Map<String, Object>) a.getOrDefault("money", Map.of())).forEach((c, v) -> b.money(c, v.toString()));
        ((Map<String, Object>) a.getOrDefault("units", Map.of()))
                .forEach((u, v) -> b.units(UnitType.valueOf(u), ((Number) v).longValue()));
        return b.build();
    }

    private static String text(Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (v == null) {
            throw new IllegalArgumentException("Missing '" + key + "' in " + map);
        }
        return v.toString();
    }

    private static long number(Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("'" + key + "' must be a number, was " + v);
        }
        return n.longValue();
    }
}
