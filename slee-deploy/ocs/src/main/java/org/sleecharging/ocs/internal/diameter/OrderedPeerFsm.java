package org.sleecharging.ocs.internal.diameter;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.jdiameter.api.Configuration;
import org.jdiameter.api.InternalException;
import org.jdiameter.api.OverloadException;
import org.jdiameter.api.app.StateEvent;
import org.jdiameter.client.api.fsm.IContext;
import org.jdiameter.common.api.concurrent.IConcurrentFactory;
import org.jdiameter.common.api.statistic.IStatisticManager;
import org.jdiameter.server.api.IStateMachine;
import org.jdiameter.server.impl.fsm.FsmFactoryImpl;
import org.jdiameter.server.impl.fsm.PeerFSMImpl;

/**
 * jDiameter's peer state machine with its start-up race closed. Its constructor starts the queue
 * threads, and every event handled before one of them has counted itself as running starts them
 * again: the queue is cleared (a message already queued is lost), a second set of threads runs
 * events of one peer in parallel, and re-registering the queue statistics can fail. With the
 * thread count at one (StackXml) and this wait, a peer's events are handled one at a time in
 * arrival order, so a client's first CCR can no longer be handled, and dropped as "unknown in state
 * DOWN", before the CER that opened the connection has moved the peer to OKAY.
 */
final class OrderedPeerFsm extends PeerFSMImpl {
    private static final long START_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);

    OrderedPeerFsm(IContext context, IConcurrentFactory concurrentFactory, Configuration config,
                   IStatisticManager statistics) {
        super(context, concurrentFactory, config, statistics);
    }

    @Override
    public boolean handleEvent(StateEvent event) throws InternalError, OverloadException {
        awaitQueueThreads(() -> mustRun, numberOfThreadsRunning);
        return super.handleEvent(event);
    }

    /**
     * While the queue threads are meant to run but none has started yet, wait for one (at most a
     * few seconds: a thread that never starts is jDiameter's to report). Once the state machine
     * has stopped them (peer DOWN), jDiameter starts them again itself.
     */
    static void awaitQueueThreads(BooleanSupplier mustRun, AtomicInteger running) {
        long deadline = System.nanoTime() + START_WAIT_NANOS;
        while (mustRun.getAsBoolean() && running.get() == 0 && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(50_000);
        }
    }

    /** The server stack's peer state machine factory (Extensions/PeerFsmFactory in StackXml). */
    public static final class ServerFactory extends FsmFactoryImpl {
        public ServerFactory(IStatisticManager statistics) {
            super(statistics);
        }

        @Override
        public IStateMachine createInstanceFsm(IContext context, IConcurrentFactory concurrentFactory,
                                               Configuration config) throws InternalException {
            return new OrderedPeerFsm(context, concurrentFactory, config, statisticFactory);
        }
    }

    /** The same wait for a client stack (RawRoClient). */
    public static final class ClientFactory extends org.jdiameter.client.impl.fsm.FsmFactoryImpl {
        public ClientFactory(IStatisticManager statistics) {
            super(statistics);
        }

        @Override
        public org.jdiameter.client.api.fsm.IStateMachine createInstanceFsm(
                IContext context, IConcurrentFactory concurrentFactory, Configuration config) throws InternalException {
            return new org.jdiameter.client.impl.fsm.PeerFSMImpl(context, concurrentFactory, config, statisticFactory) {
                @Override
                public boolean handleEvent(StateEvent event) throws InternalError, OverloadException {
                    awaitQueueThreads(() -> mustRun, numberOfThreadsRunning);
                    return super.handleEvent(event);
                }
            };
        }
    }
}
