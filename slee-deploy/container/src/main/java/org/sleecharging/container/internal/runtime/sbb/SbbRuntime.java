package org.sleecharging.container.internal.runtime.sbb;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.naming.Context;
import javax.slee.ActivityContextInterface;
import javax.slee.Address;
import javax.slee.EventTypeID;
import javax.slee.SLEEException;
import javax.slee.SbbID;
import javax.slee.ServiceID;
import javax.slee.TransactionRolledbackLocalException;
import javax.slee.management.DeploymentException;
import javax.slee.resource.ActivityIsEndingException;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.runtime.activity.Activities;
import org.sleecharging.container.internal.runtime.activity.ActivityContextImpl;
import org.sleecharging.container.internal.runtime.activity.EventEnvelope;
import org.sleecharging.container.internal.runtime.naming.CurrentSbb;
import org.sleecharging.container.internal.runtime.tx.SleeTransactionImpl;
import org.sleecharging.container.internal.runtime.tx.TxState;
import org.sleecharging.container.internal.spi.InstalledComponent;
import org.sleecharging.container.internal.spi.NotificationFacilities;
import org.sleecharging.container.internal.spi.UsageParameterSets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SBB side of the runtime: installed SBB components, and running SBB code for an entity in the
 * current transaction (JSLEE 1.1 §6.1 object lifecycle: activate, load once per transaction, store
 * before commit), with the SBB's class loader and JNDI environment set for the call.
 */
public final class SbbRuntime {
  private static final Logger LOG = LoggerFactory.getLogger(SbbRuntime.class);
  private static final long TREE_LOCK_TIMEOUT_MILLIS = 10_000;

  private final Map<SbbID, SbbComponent> components = new ConcurrentHashMap<>();
  private final TxState tx;
  private final Activities activities;
  private final NotificationFacilities notifications;
  private final UsageParameterSets usage;
  private final SbbEntities entities;
  private volatile Function<SbbComponent, Context> envFactory = c -> null;
  private final Map<SbbID, Context> envs = new ConcurrentHashMap<>();
  private final SbbObjects objects;
  private final int poolSize;

  public SbbRuntime(
      TxState tx,
      Activities activities,
      NotificationFacilities notifications,
      UsageParameterSets usage,
      int poolSize,
      int readyObjects) {
    this.tx = tx;
    this.poolSize = poolSize;
    this.objects = new SbbObjects(this, tx, readyObjects);
    this.activities = activities;
    this.notifications = notifications;
    this.usage = usage;
    this.entities = new SbbEntities(this, tx);
  }

  public TxState tx() {
    return tx;
  }

  public SbbEntities entities() {
    return entities;
  }

  NotificationFacilities notifications() {
    return notifications;
  }

  UsageParameterSets usage() {
    return usage;
  }

  public void envFactory(Function<SbbComponent, Context> factory) {
    this.envFactory = factory;
  }

  // --- components ---

  /** Builds and checks the SBB's concrete class; not yet visible until {@link #register}. */
  public SbbComponent build(
      InstalledComponent<SbbDescriptor> installed,
      Function<EventTypeID, String> eventClassNames,
      ClassLoader contextLoader)
      throws DeploymentException {
    SbbComponent c = new SbbClassBuilder(eventClassNames).build(installed, contextLoader);
    SbbMethodBinder.bind(c);
    c.runtime(this, poolSize);
    return c;
  }

  public void register(SbbComponent c) {
    components.put(c.id(), c);
  }

  public void unregister(SbbID id) {
    SbbComponent c = components.remove(id);
    envs.remove(id);
    if (c != null) {
      objects.passivateReady(c);
      objects.drain(c);
    }
  }

  /**
   * Passivates the Ready objects kept between transactions and discards every Pooled object with
   * unsetSbbContext (container close, §6.3).
   */
  public void close() {
    objects.passivateReady(null);
    components.values().forEach(objects::drain);
  }

  public Optional<SbbComponent> component(SbbID id) {
    return Optional.ofNullable(components.get(id));
  }

  // --- activity context interfaces ---

  public AciImpl aci(ActivityContextImpl ac) {
    return new AciImpl(ac, this);
  }

  /** The activity context behind a generic or SBB ACI of this SLEE. */
  public ActivityContextImpl acOf(ActivityContextInterface aci) {
    if (aci instanceof AciImpl impl) {
      return impl.context();
    }
    ActivityContextImpl ac = aci == null ? null : SbbAciHandler.contextOf(aci);
    if (ac == null) {
      throw new IllegalArgumentException("not an activity context interface of this SLEE: " + aci);
    }
    return ac;
  }

  /** The argument for an event handler's ACI parameter: the SBB ACI when it asks for one. */
  Object aciArgument(Class<?> parameterType, ActivityContextImpl ac, SbbEntity entity) {
    AciImpl aci = aci(ac);
    Class<?> sbbAci = entity.component().aciInterface();
    return sbbAci != null && parameterType.isAssignableFrom(sbbAci) && parameterType != ActivityContextInterface.class
        ? SbbAciHandler.create(aci, entity)
        : aci;
  }

  /** Re-checks the activity's references once the transaction has committed (§7.3.4). */
  void recheckAtCommit(ActivityContextImpl ac) {
    tx.atCommitEnd(() -> activities.scheduler().poke(ac));
  }

  // --- invocation ---

  /** Locks the entity's tree for the current transaction (released when it completes). */
  boolean lock(SbbEntity entity) {
    SleeTransactionImpl t = tx.manager().require();
    try {
      if (entity.lockTree(TREE_LOCK_TIMEOUT_MILLIS)) {
        Set<SbbEntity> locked = t.resource("sbb.locked", SbbRuntime::smallSet);
        if (locked.isEmpty()) {
          // Objects leave their entities before another transaction may lock the trees.
          t.afterCompletion(() -> {
            try {
              objects.completed(t);
            } finally {
              locked.forEach(SbbEntity::unlockTree); // a failure above must not leave the trees locked
            }
          });
        }
        locked.add(entity.root());
        return true;
      }
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Per-transaction entity sets hold a handful of entities: no 16-slot table for them. */
  private static Set<SbbEntity> smallSet() {
    return new HashSet<>(4);
  }

  /** Marks the entity's tree for the end-of-transaction check for unattached roots (§8.8.2). */
  void touched(SbbEntity entity) {
    SleeTransactionImpl t = tx.manager().require();
    Set<SbbEntity> roots = t.resource("sbb.gc", SbbRuntime::smallSet);
    if (roots.isEmpty()) {
      t.beforeCommit(() -> entities.collectGarbage(roots));
    }
    roots.add(entity.root());
  }

  /** Runs SBB code on the entity's Ready object in the current transaction. */
  <T> T invoke(SbbEntity entity, SbbCall<T> call) throws Exception {
    if (!lock(entity)) {
      throw new TransactionRolledbackLocalException("timed out locking the tree of " + entity);
    }
    touched(entity);
    SbbObject object = objects.ready(entity);
    return inFrame(entity, () -> call.run(object));
  }

  <T> T inFrame(SbbEntity entity, SbbCall.Body<T> body) throws Exception {
    return inFrame(entity.component(), entity.service(), entity, body);
  }

  /** A Ready object for a new entity; sbbCreate and sbbPostCreate are the caller's to run. */
  SbbObject assignNew(SbbEntity entity) throws Exception {
    return objects.assignNew(entity);
  }

  /** Runs an initial event selector method on a Pooled object (JSLEE 1.1 §8.6.4). */
  public Object invokeOnPooled(SbbComponent c, ServiceID service, Method m, Object arg)
      throws Exception {
    SbbObject object = objects.pooled(c, service);
    Object result;
    try {
      result = inFrame(c, service, () -> m.invoke(object.instance(), arg));
    } catch (InvocationTargetException e) {
      if (!(e.getCause() instanceof RuntimeException) && !(e.getCause() instanceof Error)) {
        objects.toPool(object, service);
      }
      throw e; // §6.9: after a RuntimeException the object is discarded
    }
    objects.toPool(object, service);
    return result;
  }

  /** The object is thrown away after a RuntimeException (§6.9: no further method calls). */
  void discard(SbbEntity entity) {
    objects.discard(entity);
  }

  /** Runs code with the SBB's context class loader and java:comp/env (§6.13). */
  <T> T inFrame(SbbComponent c, ServiceID service, SbbCall.Body<T> body) throws Exception {
    return inFrame(c, service, null, body);
  }

  private <T> T inFrame(SbbComponent c, ServiceID service, SbbEntity entity, SbbCall.Body<T> body)
      throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(c.contextLoader());
    CurrentSbb.push(new CurrentSbb.Frame(c.id(), service, env(c), entity));
    try {
      return body.run();
    } finally {
      CurrentSbb.pop();
      thread.setContextClassLoader(previous);
    }
  }

  private Context env(SbbComponent c) {
    Context env = envs.get(c.id());
    if (env == null) {
      env = envFactory.apply(c);
      if (env != null) {
        envs.put(c.id(), env);
      }
    }
    return env;
  }

  /** A local interface call from another SBB or an RA, in the caller's transaction (§5.6). */
  Object invokeLocal(SbbEntity entity, Method method, Object[] args) throws Throwable {
    if (!entity.component().descriptor().reentrant() && CurrentSbb.isRunning(entity)) {
      throw new SLEEException("loopback call to " + method.getName() + " of non-reentrant "
          + entity + " (JSLEE 1.1 §6.12: reentrant=\"False\")");
    }
    Method target =
        entity.component().concreteClass().getMethod(method.getName(), method.getParameterTypes());
    try {
      return invoke(entity, o -> {
        try {
          return target.invoke(o.instance(), args);
        } catch (InvocationTargetException e) {
          Throwable cause = LocalObjects.unwrap(e);
          if (cause instanceof RuntimeException || cause instanceof Error) {
            tx.manager().require().setRollbackOnly();
            discard(entity);
            throw new TransactionRolledbackLocalException(
                "SBB " + entity.component().id() + " threw from " + method.getName(), cause);
          }
          throw new LocalCallException(cause);
        }
      });
    } catch (LocalCallException e) {
      throw e.getCause();
    }
  }

  private static final class LocalCallException extends Exception {
    private static final long serialVersionUID = 1L;

    LocalCallException(Throwable cause) {
      super(cause);
    }
  }

  // --- events fired by SBBs (§8.5.4) ---

  void fire(
      SbbEntity entity,
      EventTypeID type,
      Object event,
      ActivityContextInterface aci,
      Address address,
      ServiceID service) {
    if (event == null || aci == null) {
      throw new NullPointerException(event == null ? "event" : "activity context interface");
    }
    tx.manager().require();
    ActivityContextImpl ac = acOf(aci);
    if (ac.isEnding()) {
      throw new IllegalStateException("cannot fire " + type + " on an ending activity: " + ac);
    }
    EventEnvelope envelope = EventEnvelope.internal(type, event, address, service);
    tx.atCommit(() -> {
      try {
        activities.enqueue(ac, envelope);
      } catch (ActivityIsEndingException e) {
        LOG.warn("{} fired {} on {} which ended before commit", entity, type, ac);
      }
    });
  }
}
