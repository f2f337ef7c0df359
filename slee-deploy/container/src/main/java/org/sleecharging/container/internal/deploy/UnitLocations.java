package org.sleecharging.container.internal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.DeploymentException;

/** Deployable unit URLs and the files they name. */
final class UnitLocations {

  private UnitLocations() {}

  /** The normalised file a {@code file:} URL names, or null for another scheme. */
  static Path fileOf(String url) throws MalformedURLException {
    try {
      URI uri = new URI(url);
      if (!"file".equalsIgnoreCase(uri.getScheme())) {
        return null;
      }
      return Path.of(uri).toAbsolutePath().normalize();
    } catch (URISyntaxException | IllegalArgumentException e) {
      MalformedURLException m = new MalformedURLException(url + ": " + e.getMessage());
      m.initCause(e);
      throw m;
    }
  }

  static Path newTemporaryDirectory() {
    try {
      return Files.createTempDirectory("slee-deployer-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary deployer work directory", e);
    }
  }

  static DeployableUnitID idOf(Path jar) throws DeploymentException {
    try {
      return new DeployableUnitID(jar.toUri().toURL().toString());
    } catch (MalformedURLException e) {
      throw new DeploymentException(jar + ": no URL for this path", e);
    }
  }
}
