package org.sleecharging.container.internal.runtime;

import java.util.ArrayList;
import javax.slee.ActivityContextInterface;

/** Keeps a mutable Serializable list in CMP and misbehaves with it in every way the key says. */
public abstract class CmpCopySbb extends BaseTestSbb {
  @Override
  protected String prefix() {
    return "cmp";
  }

  public abstract ArrayList<String> getItems();

  public abstract void setItems(ArrayList<String> items);

  public abstract Object getAnything();

  public abstract void setAnything(Object value);

  public void onPing(TestEvent e, ActivityContextInterface aci) {
    ArrayList<String> items = getItems() == null ? new ArrayList<>() : getItems();
    switch (e.key()) {
      case "add-then-mutate" -> {
        items.add("added" + e.seq());
        setItems(items);
        items.add("mutated-after-set"); // must not reach the entity's state
      }
      case "mutate-read-value" -> getItems().add("mutated-without-set");
      case "store-unserializable" -> setAnything(new Object());
      default -> { }
    }
    Recorder.record("cmp:" + e.key() + ":" + getItems());
  }

  public void onFail(TestEvent e, ActivityContextInterface aci) {
    ArrayList<String> items = getItems();
    items.add("rolled-back");
    setItems(items);
    throw new IllegalStateException("cmp test failure");
  }
}
