package org.sleecharging.ocs.internal.diameter;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jdiameter.api.Configuration;
import org.jdiameter.api.app.State;
import org.jdiameter.api.app.StateEvent;
import org.jdiameter.client.api.fsm.EventTypes;
import org.jdiameter.client.api.fsm.IContext;
import org.jdiameter.common.api.concurrent.IConcurrentFactory;
import org.jdiameter.common.api.statistic.IStatisticManager;
import org.jdiameter.server.impl.fsm.PeerFSMImpl;

/**
 * The stock server peer state machine (RFC 6733 §5.6), except that an event is processed against
 * the state current when its turn comes. The stock queue threads each read the state as they take
 * an event and process events side by side, so a CCR sent the moment the client has the CEA could
 * be taken while the thread that sent the CEA had not yet moved the peer from DOWN to OKAY: the
 * DOWN state drops it and the client never gets an answer. Here every event that can change the
 * state (CER, DPR, watchdog, connect, timeouts…) runs alone; messages received and sent, which
 * leave the state as it is, still run side by side, as the stock machine runs them.
 */
final class SerialPeerFsm extends PeerFSMImpl {
    private final ReentrantReadWriteLock turn = new ReentrantReadWriteLock();
    private State[] serial;

    SerialPeerFsm(IContext context, IConcurrentFactory concurrency, Configuration config, IStatisticManager statistics) {
        super(context, concurrency, config, statistics);
    }

    /** Each stock state behind a wrapper that waits its turn and then asks the state current then. */
    @Override
    protected State[] getStates() {
        State[] stock = super.getStates();
        State[] wrapped = serial;
        if (wrapped == null) {
            wrapped = new State[stock.length];
            for (int i = 0; i < stock.length; i++) {
                wrapped[i] = new InTurn(stock[i], stock);
            }
            serial = wrapped;
        }
        return wrapped;
    }

    private final class InTurn implements State {
        private final State own;
        private final State[] stock;

        InTurn(State own, State[] stock) {
            this.own = own;
            this.stock = stock;
        }

        @Override
        public void entryAction() {
            own.entryAction();
        }

        @Override
        public void exitAction() {
            own.exitAction();
        }

        @Override
        public boolean processEvent(StateEvent event) {
            Enum<?> type = event.getType();
            Lock lock = type == EventTypes.RECEIVE_MSG_EVENT || type == EventTypes.SEND_MSG_EVENT
                    ? turn.readLock() : turn.writeLock();
            lock.lock();
            try {
                return stock[state.ordinal()].processEvent(event);
            } finally {
                lock.unlock();
            }
        }
    }
}
