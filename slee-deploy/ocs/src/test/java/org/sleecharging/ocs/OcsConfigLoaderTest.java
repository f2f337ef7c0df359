package org.sleecharging.ocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OcsConfigLoaderTest {

    @Test
    void theShippedSampleLoads() {
        OcsConfig c = OcsConfigLoader.load(getClass().getResourceAsStream("/ocs-sample.yaml"), "ocs-sample.yaml");
        assertThat(c.port()).isEqualTo(3868);
        assertThat(c.serviceContextIds()).containsExactly(OcsConfig.RO_SERVICE_CONTEXT, "32274@3gpp.org");
        assertThat(c.tariffs()).hasSize(4);
        assertThat(c.tariffs().get(0).pricePerUnit()).isEqualTo(Money.of("EUR", "0.01"));
        assertThat(c.accounts()).extracting(AccountConfig::id).containsExactly("alice", "bob");
        assertThat(c.accounts().get(1).units()).containsEntry(UnitType.TIME, 3600L);
        assertThat(c.accounts().get(0).subscriptionIds()).contains("sip:alice@sleecharging.org");
    }

    @Test
    void unknownKeysAreRejectedByName() {
        String yaml = "originHost: x\nlistn: 127.0.0.1:1\n";
        assertThatThrownBy(() -> OcsConfigLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "bad.yaml"))
                .hasMessageContaining("bad.yaml").hasMessageContaining("listn");
    }
}
