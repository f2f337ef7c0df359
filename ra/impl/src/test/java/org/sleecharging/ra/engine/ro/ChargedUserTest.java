package org.sleecharging.ra.engine.ro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class ChargedUserTest {

    private static final Pattern E164 = Pattern.compile("\\+?[0-9]{1,15}");
    private static final Pattern IMSI = Pattern.compile("[0-9]{6,15}");

    @Test
    void e164AcceptsOneToFifteenDigitsWithAnOptionalPlus() {
        assertThat(ChargedUser.of(ChargedUser.Type.END_USER_E164, "4917012345678").address()).isEqualTo("4917012345678");
        assertThat(ChargedUser.of(ChargedUser.Type.END_USER_E164, "+491701234567890").type())
                .isEqualTo(ChargedUser.Type.END_USER_E164);
        assertThat(ChargedUser.of(ChargedUser.Type.END_USER_E164, "7").address()).isEqualTo("7");
        for (String bad : new String[] {"", "+", "++49", "4917012345678901", "49 170", "49a", "+4917012345678901"}) {
            assertThatThrownBy(() -> ChargedUser.of(ChargedUser.Type.END_USER_E164, bad))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + bad + "'");
        }
    }

    @Test
    void imsiAcceptsSixToFifteenDigits() {
        assertThat(ChargedUser.of(ChargedUser.Type.END_USER_IMSI, "262011234567890").address()).isEqualTo("262011234567890");
        assertThat(ChargedUser.of(ChargedUser.Type.END_USER_IMSI, "262011").address()).isEqualTo("262011");
        for (String bad : new String[] {"26201", "2620112345678901", "+262011", "26201x"}) {
            assertThatThrownBy(() -> ChargedUser.of(ChargedUser.Type.END_USER_IMSI, bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property
    void digitTypesAgreeWithTheirRegularExpressions(
            @ForAll @StringLength(max = 18) @Chars({'0', '1', '9', '+', 'a', ' '}) String address) {
        assertThat(accepted(ChargedUser.Type.END_USER_E164, address)).isEqualTo(E164.matcher(address).matches());
        assertThat(accepted(ChargedUser.Type.END_USER_IMSI, address)).isEqualTo(IMSI.matcher(address).matches());
    }

    private static boolean accepted(ChargedUser.Type type, String address) {
        try {
            ChargedUser.of(type, address);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
