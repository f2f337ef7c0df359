package org.sleecharging.it.features;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.sleecharging.it.BuiltDus;

/**
 * The three built DU jars an example feature needs, in deployment order: the network simulator's
 * ({@code slee-charging-netsim-du}), the charging RA's ({@code slee-charging-ra-du}, from
 * {@link BuiltDus}) and the features' ({@code slee-charging-service-du}). The netsim and service DUs
 * are this module's test dependencies: Maven puts the jars it built on the test class path, where
 * each is the one whose {@code META-INF/deployable-unit.xml} comes from a jar of that name.
 */
public final class FeatureDus {

    private static final String DU_DESCRIPTOR = "META-INF/deployable-unit.xml";

    private FeatureDus() {
    }

    public static JavaArchive netsimDu() {
        return onClassPath("slee-charging-netsim-du");
    }

    public static JavaArchive raDu() {
        return BuiltDus.raDuArchive();
    }

    public static JavaArchive serviceDu() {
        return onClassPath("slee-charging-service-du");
    }

    private static JavaArchive onClassPath(String artifactId) {
        List<File> jars = new ArrayList<>();
        try {
            for (URL url : Collections.list(FeatureDus.class.getClassLoader().getResources(DU_DESCRIPTOR))) {
                if ("jar".equals(url.getProtocol())) {
                    File jar = new File(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
                    if (jar.getName().startsWith(artifactId + "-") && jar.getName().endsWith(".jar")
                            && !jar.getName().endsWith("-classes.jar")) {
                        jars.add(jar);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (jars.size() != 1) {
            throw new IllegalStateException("expected one built " + artifactId + " DU jar on the test class path, found "
                    + jars + ": run mvn verify -pl du/it -am");
        }
        return ShrinkWrap.createFromZipFile(JavaArchive.class, jars.get(0));
    }
}
