package org.sleecharging.container.internal.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import javax.slee.Sbb;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleecharging.container.internal.deploy.testcomponents.LibValue;
import org.sleecharging.container.internal.deploy.testcomponents.PingEvent;

class ComponentClassLoaderTest {

  private static final String PKG = TestDescriptors.PKG;

  @TempDir Path tmp;

  @Test
  void loadersThatReferenceEachOtherResolveAcrossAndTerminate() throws Exception {
    try (ComponentClassLoader lib = loader("lib", jar("lib.jar", LibValue.class));
        ComponentClassLoader events = loader("events", jar("events.jar", PingEvent.class))) {
      lib.delegateTo(List.of(events));
      events.delegateTo(List.of(lib));

      Class<?> event = events.loadClass(PKG + "PingEvent");
      Object instance = event.getConstructor().newInstance();

      assertThat(event.getMethod("tag").invoke(instance)).isEqualTo("lib");
      assertThat(lib.loadClass(PKG + "PingEvent")).isSameAs(event);
      assertThat(events.loadClass(PKG + "LibValue").getClassLoader()).isSameAs(lib);
      assertThatThrownBy(() -> lib.loadClass(PKG + "Absent"))
          .isInstanceOf(ClassNotFoundException.class)
          .hasMessageContaining("lib");
    }
  }

  @Test
  void referencesComeBeforeTheJarItself() throws Exception {
    try (ComponentClassLoader events =
            loader("events", jar("events.jar", PingEvent.class, LibValue.class));
        ComponentClassLoader ra = loader("ra", jar("ra.jar", PingEvent.class))) {
      ra.delegateTo(List.of(events));

      assertThat(ra.loadClass(PKG + "PingEvent").getClassLoader()).isSameAs(events);
    }
  }

  @Test
  void sharedApiPackagesComeFromTheContainer() throws Exception {
    try (ComponentClassLoader c = loader("c", jar("c.jar", PingEvent.class))) {
      assertThat(c.loadClass("javax.slee.Sbb")).isSameAs(Sbb.class);
      assertThat(c.loadClass("java.lang.String")).isSameAs(String.class);
      assertThat(c.getResource("javax/slee/Sbb.class")).isNotNull();
      assertThatThrownBy(() -> c.loadClass(ComponentClassLoaderTest.class.getName()))
          .isInstanceOf(ClassNotFoundException.class);
    }
  }

  @Test
  void resourcesAreFoundInReferencesThenInTheJar() throws Exception {
    JavaArchive withConfig =
        jar("config.jar", LibValue.class)
            .add(new StringAsset("from library"), "config/settings.txt");
    try (ComponentClassLoader lib = loader("lib", withConfig);
        ComponentClassLoader user = loader("user", jar("user.jar", PingEvent.class))) {
      user.delegateTo(List.of(lib));

      URL url = user.getResource("config/settings.txt");

      assertThat(url).isNotNull();
      assertThat(new String(url.openStream().readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("from library");
      assertThat(Collections.list(user.getResources("config/settings.txt"))).hasSize(1);
    }
  }

  private JavaArchive jar(String name, Class<?>... classes) {
    return ShrinkWrap.create(JavaArchive.class, name).addClasses(classes);
  }

  private ComponentClassLoader loader(String name, JavaArchive jar) throws Exception {
    Path file = tmp.resolve(name + ".jar");
    jar.as(ZipExporter.class).exportTo(file.toFile(), true);
    return new ComponentClassLoader(
        name,
        new URL[] {file.toUri().toURL()},
        ComponentClassLoader.class.getClassLoader(),
        Deployer.DEFAULT_SHARED_PACKAGES);
  }
}
