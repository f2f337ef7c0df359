package org.sleecharging.container.internal.runtime.router;

import java.util.Set;
import javax.slee.Address;
import javax.slee.InitialEventSelector;
import org.sleecharging.container.internal.model.InitialEventSelect;

/** The mutable selector handed to an SBB's initial event selector method (JSLEE 1.1 §8.6.4). */
final class InitialEventSelectorImpl implements InitialEventSelector {
  private final String eventName;
  private final Object event;
  private final Object activity;
  private boolean activityContextSelected;
  private boolean addressProfileSelected;
  private boolean addressSelected;
  private boolean eventTypeSelected;
  private boolean eventSelected;
  private Address address;
  private String customName;
  private boolean initialEvent = true;

  InitialEventSelectorImpl(
      Set<InitialEventSelect> selects, String eventName, Object event, Object activity, Address address) {
    this.activityContextSelected = selects.contains(InitialEventSelect.ACTIVITY_CONTEXT);
    this.addressProfileSelected = selects.contains(InitialEventSelect.ADDRESS_PROFILE);
    this.addressSelected = selects.contains(InitialEventSelect.ADDRESS);
    this.eventTypeSelected = selects.contains(InitialEventSelect.EVENT_TYPE);
    this.eventSelected = selects.contains(InitialEventSelect.EVENT);
    this.eventName = eventName;
    this.event = event;
    this.activity = activity;
    this.address = address;
  }

  @Override
  public boolean isActivityContextSelected() {
    return activityContextSelected;
  }

  @Override
  public void setActivityContextSelected(boolean value) {
    activityContextSelected = value;
  }

  @Override
  public boolean isAddressProfileSelected() {
    return addressProfileSelected;
  }

  @Override
  public void setAddressProfileSelected(boolean value) {
    addressProfileSelected = value;
  }

  @Override
  public boolean isAddressSelected() {
    return addressSelected;
  }

  @Override
  public void setAddressSelected(boolean value) {
    addressSelected = value;
  }

  @Override
  public boolean isEventTypeSelected() {
    return eventTypeSelected;
  }

  @Override
  public void setEventTypeSelected(boolean value) {
    eventTypeSelected = value;
  }

  @Override
  public boolean isEventSelected() {
    return eventSelected;
  }

  @Override
  public void setEventSelected(boolean value) {
    eventSelected = value;
  }

  @Override
  public String getEventName() {
    return eventName;
  }

  @Override
  public Object getEvent() {
    return event;
  }

  @Override
  public Object getActivity() {
    return activity;
  }

  @Override
  public Address getAddress() {
    return address;
  }

  @Override
  public void setAddress(Address value) {
    address = value;
  }

  @Override
  public String getCustomName() {
    return customName;
  }

  @Override
  public void setCustomName(String value) {
    customName = value;
  }

  @Override
  public boolean isInitialEvent() {
    return initialEvent;
  }

  @Override
  public void setInitialEvent(boolean value) {
    initialEvent = value;
  }
}
