package org.sleecharging.container.internal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.slee.management.DeployableUnitID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleecharging.container.internal.model.LibraryDescriptor;

class DeployerConcurrencyTest {

  private static final int UNITS = 4;

  @TempDir Path tmp;

  /** Management calls come from several threads; each unit here has its own library id. */
  @Test
  void concurrentInstallsAndQueriesSeeConsistentState() throws Exception {
    List<Path> jars = new ArrayList<>();
    for (int i = 0; i < UNITS; i++) {
      jars.add(
          new TestUnit()
              .library("library.jar", TestDescriptors.libraryJar("Lib" + i))
              .writeTo(tmp, "du-" + i + ".jar"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(UNITS + 1);
    try (Deployer deployer = new Deployer(tmp.resolve("work"))) {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<DeployableUnitID>> installs = new ArrayList<>();
      for (Path jar : jars) {
        installs.add(
            pool.submit(
                () -> {
                  start.await();
                  return deployer.install(jar);
                }));
      }
      Future<Integer> reader = pool.submit(queries(deployer, start));
      start.countDown();

      List<DeployableUnitID> ids = new ArrayList<>();
      for (Future<DeployableUnitID> f : installs) {
        ids.add(f.get(30, TimeUnit.SECONDS));
      }
      assertThat(reader.get(30, TimeUnit.SECONDS)).isGreaterThan(0);
      assertThat(deployer.getDeployableUnits()).containsExactlyInAnyOrderElementsOf(ids);
      assertThat(deployer.repository().all(LibraryDescriptor.class)).hasSize(UNITS);
      for (DeployableUnitID id : ids) {
        deployer.uninstall(id);
      }
      assertThat(DeployerTest.filesUnder(tmp.resolve("work"))).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  /** Every snapshot a reader sees has one library per installed unit. */
  private static Callable<Integer> queries(Deployer deployer, CountDownLatch start) {
    return () -> {
      start.await();
      int reads = 0;
      int units;
      do {
        units = deployer.getDeployableUnits().length;
        int components = deployer.repository().all(LibraryDescriptor.class).size();
        assertThat(components).isBetween(units - 1, UNITS);
        reads++;
      } while (units < UNITS);
      return reads;
    };
  }
}
