package org.sleecharging.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** The DU jars the Maven build made, copied by this module's pom under fixed names. */
public final class BuiltDus {

    public static final String DIRECTORY_PROPERTY = "it.du.directory";

    private BuiltDus() {
    }

    public static Path raDu() {
        return file("slee-charging-ra-du.jar");
    }

    /** The built ra-du read back as an archive for an Arquillian {@code @Deployment}. */
    public static JavaArchive raDuArchive() {
        return ShrinkWrap.createFromZipFile(JavaArchive.class, raDu().toFile());
    }

    private static Path file(String name) {
        String dir = System.getProperty(DIRECTORY_PROPERTY);
        if (dir == null) {
            throw new IllegalStateException("system property " + DIRECTORY_PROPERTY
                    + " not set: run the integration tests through Maven (mvn verify -pl du/it -am)");
        }
        Path jar = Path.of(dir, name);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no built DU at " + jar + ": run mvn verify -pl du/it -am");
        }
        return jar;
    }
}
