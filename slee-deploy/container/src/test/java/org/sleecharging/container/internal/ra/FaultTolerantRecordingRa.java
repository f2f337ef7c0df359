package org.sleecharging.container.internal.ra;

import java.util.ArrayList;
import java.util.List;
import org.mobicents.slee.resource.cluster.FaultTolerantResourceAdaptor;
import org.mobicents.slee.resource.cluster.FaultTolerantResourceAdaptorContext;

/** {@link RecordingRa} that is also a Restcomm fault tolerant RA. */
public class FaultTolerantRecordingRa extends RecordingRa
    implements FaultTolerantResourceAdaptor<String, String> {

  private final List<String> removedKeys = new ArrayList<>();
  private FaultTolerantResourceAdaptorContext<String, String> ftContext;

  public synchronized FaultTolerantResourceAdaptorContext<String, String> ftContext() {
    return ftContext;
  }

  public synchronized List<String> removedKeys() {
    return List.copyOf(removedKeys);
  }

  @Override
  public synchronized void setFaultTolerantResourceAdaptorContext(
      FaultTolerantResourceAdaptorContext<String, String> context) {
    record("setFaultTolerantResourceAdaptorContext");
    ftContext = context;
  }

  @Override
  public synchronized void unsetFaultTolerantResourceAdaptorContext() {
    record("unsetFaultTolerantResourceAdaptorContext");
    ftContext = null;
  }

  @Override
  public void failOver(String key) {
    record("failOver");
  }

  @Override
  public synchronized void dataRemoved(String key) {
    removedKeys.add(key);
  }
}
