package org.sleecharging.netsim.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.TimeUnit;
import javax.slee.Address;
import javax.slee.AddressPlan;
import javax.slee.resource.ResourceAdaptorContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.IllegalNetworkTransitionException;
import org.sleecharging.netsim.event.ActivityKind;
import org.sleecharging.netsim.event.NetworkActivityId;

/**
 * The driver of an RA whose simulator classes come from another class loader, as in a SLEE:
 * values, futures and exceptions arrive as the caller's classes.
 */
class NetworkDriversTest {
  private static final Address ALICE = new Address(AddressPlan.E164, "491700000001");
  private static final Address BOB = new Address(AddressPlan.E164, "491700000002");

  private final URLClassLoader duLoader = new SimulatorOnlyLoader();

  @AfterEach
  void close() throws Exception {
    duLoader.close();
  }

  @Test
  void bridgesCallsValuesFuturesAndExceptionsAcrossLoaders() throws Exception {
    Object ra = duLoader.loadClass(
        "org.sleecharging.netsim.internal.NetworkSimulatorResourceAdaptor")
        .getConstructor().newInstance();
    assertThat(ra).isNotInstanceOf(NetworkDriverSource.class);
    java.util.List<Object> started = new java.util.ArrayList<>();
    ra.getClass().getMethod("setResourceAdaptorContext", ResourceAdaptorContext.class)
        .invoke(ra, recordingContext(started));
    ra.getClass().getMethod("raActive").invoke(ra);

    NetworkDriver driver = NetworkDrivers.of(ra);
    NetworkActivityId id = driver.startCall(ALICE, BOB);

    assertThat(id).isEqualTo(NetworkActivityId.of(ActivityKind.CALL, 1));
    java.util.concurrent.CompletableFuture<SbbAction> action = driver.takeAction(id);
    Object call = started.get(0);
    assertThat(call.getClass().getClassLoader()).isSameAs(duLoader);
    duLoader.loadClass("org.sleecharging.netsim.CallActivity").getMethod("connect").invoke(call);
    assertThat(action.get(1, TimeUnit.SECONDS))
        .isEqualTo(new SbbAction(ActionKind.CALL_CONNECTED, id, Cause.NORMAL, ""));
    assertThat(driver.actions()).hasSize(1).first().isInstanceOf(SbbAction.class);
    assertThat(driver.liveActivities()).containsExactly(id);
    assertThatThrownBy(() -> driver.resume(id))
        .isInstanceOf(IllegalNetworkTransitionException.class)
        .hasMessage("call-1 in state ALERTING: RESUME not allowed");
  }

  @Test
  void refusesAnObjectThatIsNoSimulator() {
    assertThatThrownBy(() -> NetworkDrivers.of("not an RA"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Endpoint that accepts everything and keeps started activities; lookup knows all events. */
  private static ResourceAdaptorContext recordingContext(java.util.List<Object> started) {
    Object endpoint = fake(javax.slee.resource.SleeEndpoint.class, (m, a) -> {
      if (m.getName().equals("startActivity")) {
        started.add(a[1]);
      }
      return null;
    });
    Object lookup = fake(javax.slee.facilities.EventLookupFacility.class,
        (m, a) -> fake(javax.slee.resource.FireableEventType.class, (m2, a2) -> a[0]));
    Object tracer = fake(javax.slee.facilities.Tracer.class, (m, a) -> null);
    return (ResourceAdaptorContext) fake(ResourceAdaptorContext.class, (m, a) -> {
      switch (m.getName()) {
        case "getSleeEndpoint":
          return endpoint;
        case "getEventLookupFacility":
          return lookup;
        default:
          return tracer;
      }
    });
  }

  interface Answer {
    Object answer(Method m, Object[] args);
  }

  private static Object fake(Class<?> type, Answer answer) {
    return Proxy.newProxyInstance(NetworkDriversTest.class.getClassLoader(),
        new Class<?>[] {type}, (p, m, a) -> answer.answer(m, a));
  }

  /** Defines org.sleecharging.netsim classes itself; everything else from the test loader. */
  private static final class SimulatorOnlyLoader extends URLClassLoader {
    SimulatorOnlyLoader() {
      super(new URL[] {NetworkDriver.class.getProtectionDomain().getCodeSource().getLocation()},
          NetworkDriversTest.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("org.sleecharging.netsim.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        return c != null ? c : findClass(name);
      }
    }
  }
}
