package org.sleecharging.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when the built ra-du carries the charging RA jar; otherwise the class is
 * reported skipped with the reason, before Arquillian deploys anything. Remove it once the RA is
 * part of every ra-du build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChargingRa.Condition.class)
public @interface RequiresChargingRa {

    /** The RA jar the DU names, as du/ra-du's deployable-unit.xml lists it. */
    String RA_JAR = "jars/slee-charging-ra.jar";

    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            try (ZipFile du = new ZipFile(BuiltDus.raDu().toFile())) {
                return du.getEntry(RA_JAR) != null
                        ? ConditionEvaluationResult.enabled("the built ra-du carries " + RA_JAR)
                        : ConditionEvaluationResult.disabled("the built ra-du has no " + RA_JAR
                                + " yet: the charging RA (branches ra-slee, ra-port) is not in this build");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
