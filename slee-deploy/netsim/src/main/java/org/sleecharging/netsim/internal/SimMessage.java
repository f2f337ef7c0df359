package org.sleecharging.netsim.internal;

import javax.slee.Address;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.IllegalNetworkTransitionException;
import org.sleecharging.netsim.MessageActivity;
import org.sleecharging.netsim.MessageState;
import org.sleecharging.netsim.MessageState.Step;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.MessageDelivered;
import org.sleecharging.netsim.event.MessageDeliveryFailed;
import org.sleecharging.netsim.event.MessageSubmitted;
import org.sleecharging.netsim.event.NetworkActivityId;

/** A simulated message: state by {@link MessageState#next}; ends in every final state. */
final class SimMessage extends SimActivity implements MessageActivity {
  private final Address recipient;
  private final int segments;
  private MessageState state = MessageState.SUBMITTED;

  SimMessage(NetworkActivityId id, Address originator, Address recipient, int segments,
      SimNetwork network) {
    super(id, originator, network);
    this.recipient = recipient;
    this.segments = segments;
  }

  @Override
  public Address getOriginator() {
    return subscriber();
  }

  @Override
  public Address getRecipient() {
    return recipient;
  }

  @Override
  public int getSegments() {
    return segments;
  }

  @Override
  public synchronized MessageState getState() {
    return state;
  }

  @Override
  public void accept() {
    step(Step.ACCEPT);
    record(new SbbAction(ActionKind.MESSAGE_ACCEPTED, getId(), Cause.NORMAL, ""));
  }

  @Override
  public void reject(Cause cause) {
    if (cause == null) {
      throw new NullPointerException("cause");
    }
    step(Step.REJECT);
    record(new SbbAction(ActionKind.MESSAGE_REJECTED, getId(), cause, ""));
    end();
  }

  void submit() {
    fire(new MessageSubmitted(getId(), subscriber(), recipient, segments));
  }

  void delivered() {
    step(Step.DELIVER);
    fire(new MessageDelivered(getId()));
    end();
  }

  void deliveryFailed(String reason) {
    MessageDeliveryFailed event = new MessageDeliveryFailed(getId(), reason);
    step(Step.FAIL);
    fire(event);
    end();
  }

  private synchronized void step(Step step) {
    MessageState next = state.next(step);
    if (next == null) {
      throw new IllegalNetworkTransitionException(getId(), state, step);
    }
    state = next;
  }
}
