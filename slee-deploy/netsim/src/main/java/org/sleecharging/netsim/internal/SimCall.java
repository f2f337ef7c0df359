package org.sleecharging.netsim.internal;

import java.time.Duration;
import javax.slee.Address;
import org.sleecharging.netsim.CallActivity;
import org.sleecharging.netsim.CallState;
import org.sleecharging.netsim.CallState.Step;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.IllegalNetworkTransitionException;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.CallAnswered;
import org.sleecharging.netsim.event.CallAttempt;
import org.sleecharging.netsim.event.CallHeld;
import org.sleecharging.netsim.event.CallHungUp;
import org.sleecharging.netsim.event.CallParty;
import org.sleecharging.netsim.event.CallResumed;
import org.sleecharging.netsim.event.CallUsage;
import org.sleecharging.netsim.event.NetworkActivityId;

/** A simulated call: state by {@link CallState#next}, events fired after each network step. */
final class SimCall extends SimActivity implements CallActivity {
  private final Address called;
  private CallState state = CallState.ATTEMPTED;

  SimCall(NetworkActivityId id, Address calling, Address called, SimNetwork network) {
    super(id, calling, network);
    this.called = called;
  }

  @Override
  public Address getCallingParty() {
    return subscriber();
  }

  @Override
  public Address getCalledParty() {
    return called;
  }

  @Override
  public synchronized CallState getState() {
    return state;
  }

  @Override
  public void connect() {
    step(Step.CONNECT);
    record(new SbbAction(ActionKind.CALL_CONNECTED, getId(), Cause.NORMAL, ""));
  }

  @Override
  public void release(Cause cause) {
    if (cause == null) {
      throw new NullPointerException("cause");
    }
    step(Step.RELEASE);
    record(new SbbAction(ActionKind.CALL_RELEASED, getId(), cause, ""));
    end();
  }

  void attempt() {
    fire(new CallAttempt(getId(), subscriber(), called));
  }

  void answer() {
    step(Step.ANSWER);
    fire(new CallAnswered(getId()));
  }

  void usage(Duration elapsed) {
    CallUsage event = new CallUsage(getId(), elapsed);
    step(Step.USAGE);
    fire(event);
  }

  void hold() {
    step(Step.HOLD);
    fire(new CallHeld(getId()));
  }

  void resume() {
    step(Step.RESUME);
    fire(new CallResumed(getId()));
  }

  void hangUp(CallParty party) {
    CallHungUp event = new CallHungUp(getId(), party);
    step(Step.HANG_UP);
    fire(event);
    end();
  }

  private synchronized void step(Step step) {
    CallState next = state.next(step);
    if (next == null) {
      throw new IllegalNetworkTransitionException(getId(), state, step);
    }
    state = next;
  }
}
