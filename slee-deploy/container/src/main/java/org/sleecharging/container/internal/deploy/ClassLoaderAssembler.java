package org.sleecharging.container.internal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.slee.ComponentID;
import org.sleecharging.container.internal.deploy.ParsedUnit.ParsedJar;
import org.sleecharging.container.internal.model.ComponentDescriptor;
import org.sleecharging.container.internal.model.ServiceDescriptor;
import org.sleecharging.container.internal.spi.InstalledComponent;

/**
 * Creates one {@link ComponentClassLoader} per component jar of a unit and wires each to the
 * loaders of everything its components reference, transitively, inside the unit or installed. A
 * service has no jar: it uses the loader of its root SBB.
 */
final class ClassLoaderAssembler {

  private final Map<ComponentID, ComponentDescriptor> inUnit = new HashMap<>();
  private final Map<ComponentID, ComponentClassLoader> jarLoaders = new LinkedHashMap<>();
  private final Function<ComponentID, Optional<InstalledComponent<?>>> installed;

  private ClassLoaderAssembler(Function<ComponentID, Optional<InstalledComponent<?>>> installed) {
    this.installed = installed;
  }

  /**
   * The loader of every component of the unit, by id. {@code created} receives each new loader as
   * soon as it exists, so the caller can close them all if anything later fails.
   */
  static Map<ComponentID, ClassLoader> assemble(
      ParsedUnit unit,
      Function<ComponentID, Optional<InstalledComponent<?>>> installed,
      ClassLoader apiLoader,
      List<String> sharedPackages,
      List<ComponentClassLoader> created) {
    ClassLoaderAssembler a = new ClassLoaderAssembler(installed);
    Map<ParsedJar, ComponentClassLoader> byJar = new LinkedHashMap<>();
    for (ParsedJar jar : unit.jars()) {
      ComponentClassLoader loader =
          new ComponentClassLoader(
              unit.name() + "!/" + jar.name(), urls(jar.classpath()), apiLoader, sharedPackages);
      created.add(loader);
      byJar.put(jar, loader);
      for (ComponentDescriptor c : jar.components()) {
        a.inUnit.put(c.id(), c);
        a.jarLoaders.put(c.id(), loader);
      }
    }
    byJar.forEach((jar, loader) -> loader.delegateTo(a.closure(jar.components(), loader)));
    Map<ComponentID, ClassLoader> loaders = new LinkedHashMap<>(a.jarLoaders);
    for (ComponentDescriptor s : unit.services()) {
      ServiceDescriptor service = (ServiceDescriptor) s;
      loaders.put(service.id(), a.loaderOf(service.rootSbb()));
    }
    return loaders;
  }

  private ClassLoader loaderOf(ComponentID id) {
    ClassLoader own = jarLoaders.get(id);
    return own != null ? own : installed.apply(id).orElseThrow().classLoader();
  }

  private List<ComponentClassLoader> closure(
      List<ComponentDescriptor> components, ComponentClassLoader self) {
    Set<ComponentClassLoader> out = new LinkedHashSet<>();
    Set<ComponentID> seen = new HashSet<>();
    Deque<ComponentID> todo = new ArrayDeque<>();
    components.forEach(c -> todo.addAll(c.references()));
    while (!todo.isEmpty()) {
      ComponentID id = todo.removeFirst();
      if (!seen.add(id)) {
        continue;
      }
      ComponentDescriptor local = inUnit.get(id);
      if (local != null) {
        out.add(jarLoaders.get(id));
        todo.addAll(local.references());
      } else {
        // Installed earlier: its loader already carries the closure of its own references.
        ClassLoader loader = installed.apply(id).orElseThrow().classLoader();
        if (loader instanceof ComponentClassLoader ccl) {
          out.add(ccl);
          out.addAll(ccl.delegates());
        }
      }
    }
    out.remove(self);
    return new ArrayList<>(out);
  }

  private static URL[] urls(List<Path> classpath) {
    URL[] urls = new URL[classpath.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = classpath.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new UncheckedIOException(new IOException("no URL for " + classpath.get(i), e));
      }
    }
    return urls;
  }
}
