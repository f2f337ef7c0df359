package org.sleecharging.ocs.internal.diameter;

import org.jdiameter.api.Configuration;
import org.jdiameter.client.api.fsm.IContext;
import org.jdiameter.common.api.concurrent.IConcurrentFactory;
import org.jdiameter.common.api.statistic.IStatisticManager;
import org.jdiameter.server.api.IStateMachine;
import org.jdiameter.server.impl.fsm.FsmFactoryImpl;

/** Server peer state machines that process state-changing events one at a time ({@link SerialPeerFsm}); named in the stack XML. */
public final class SerialPeerFsmFactory extends FsmFactoryImpl {

    public SerialPeerFsmFactory(IStatisticManager statistics) {
        super(statistics);
    }

    @Override
    public IStateMachine createInstanceFsm(IContext context, IConcurrentFactory concurrency, Configuration config) {
        return new SerialPeerFsm(context, concurrency, config, statisticFactory);
    }
}
