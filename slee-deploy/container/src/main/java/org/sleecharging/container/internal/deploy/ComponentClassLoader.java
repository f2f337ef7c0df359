package org.sleecharging.container.internal.deploy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of one component jar. Lookup order: the JDK platform; the JAIN SLEE API packages
 * from the container's own loader (so every component sees one javax.slee); the loaders of every
 * component the jar's components reference, transitively, each asked only for its own classes; and
 * last the jar itself with its nested library jars. Asking each referenced loader for its own
 * classes only (never through its delegates) keeps lookups finite even when jars reference each
 * other, and makes a class defined once the same Class object everywhere.
 */
final class ComponentClassLoader extends URLClassLoader {

  static {
    registerAsParallelCapable();
  }

  private final ClassLoader apiLoader;
  private final List<String> sharedPackages;
  private volatile List<ComponentClassLoader> delegates = List.of();

  ComponentClassLoader(
      String name, URL[] classpath, ClassLoader apiLoader, List<String> sharedPackages) {
    super(name, classpath, ClassLoader.getPlatformClassLoader());
    this.apiLoader = apiLoader;
    this.sharedPackages = List.copyOf(sharedPackages);
  }

  /** Set once, before any component class is loaded, to the transitive closure of references. */
  void delegateTo(List<ComponentClassLoader> referenced) {
    this.delegates = List.copyOf(referenced);
  }

  List<ComponentClassLoader> delegates() {
    return delegates;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    Class<?> c = lookup(name);
    if (c == null) {
      throw new ClassNotFoundException(name + " (not visible to component jar " + getName() + ")");
    }
    if (resolve) {
      resolveClass(c);
    }
    return c;
  }

  private Class<?> lookup(String name) throws ClassNotFoundException {
    try {
      return getParent().loadClass(name);
    } catch (ClassNotFoundException notPlatform) {
      // not a JDK class: carry on with the API, the references, then this jar
    }
    if (isShared(name)) {
      return apiLoader.loadClass(name);
    }
    for (ComponentClassLoader d : delegates) {
      Class<?> c = d.loadOwn(name);
      if (c != null) {
        return c;
      }
    }
    return loadOwn(name);
  }

  /** A class defined by this jar (or its nested library jars), or null. */
  private Class<?> loadOwn(String name) {
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c != null) {
        return c;
      }
      try {
        return findClass(name);
      } catch (ClassNotFoundException e) {
        return null;
      }
    }
  }

  private boolean isShared(String name) {
    for (String p : sharedPackages) {
      if (name.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public URL getResource(String name) {
    URL url = getParent().getResource(name);
    if (url == null && isShared(name.replace('/', '.'))) {
      url = apiLoader.getResource(name);
    }
    for (int i = 0; url == null && i < delegates.size(); i++) {
      url = delegates.get(i).findResource(name);
    }
    return url != null ? url : findResource(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    List<URL> all = new ArrayList<>(Collections.list(getParent().getResources(name)));
    if (isShared(name.replace('/', '.'))) {
      all.addAll(Collections.list(apiLoader.getResources(name)));
    }
    for (ComponentClassLoader d : delegates) {
      all.addAll(Collections.list(d.findResources(name)));
    }
    all.addAll(Collections.list(findResources(name)));
    return Collections.enumeration(all);
  }
}
