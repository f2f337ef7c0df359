package org.sleecharging.ocs.internal.diameter;

import java.io.Serializable;
import org.jdiameter.api.InternalException;
import org.jdiameter.api.OverloadException;
import org.jdiameter.api.app.AppSession;
import org.jdiameter.api.app.StateChangeListener;
import org.jdiameter.api.app.StateEvent;
import org.jdiameter.api.cca.ServerCCASessionListener;
import org.jdiameter.client.api.ISessionFactory;
import org.jdiameter.common.api.app.cca.ICCAMessageFactory;
import org.jdiameter.common.api.app.cca.IServerCCASessionContext;
import org.jdiameter.common.api.timer.ITimerFacility;
import org.jdiameter.server.impl.app.cca.IServerCCASessionData;
import org.jdiameter.server.impl.app.cca.ServerCCASessionImpl;

/**
 * The stock server Ro session reads its state before taking its lock, so a fast follow-up CCR
 * can be handled against a stale IDLE state and answered 5002. Holding the session's own
 * (reentrant) lock around the whole event makes each session's events strictly sequential.
 *
 * <p>The stock session also (re)schedules its Tcc supervision timer (RFC 4006 §5.1.1) on every
 * answer carrying Validity-Time; under load the cancelled timer tasks pile up in the scheduler
 * and roughly halved the throughput. The simulator keeps its own Validity-Time per
 * reservation in the engine, so the Tcc timer is not scheduled here.
 *
 * <p>The session also carries its client's identity, read from its first CCR, so later CCRs of
 * the session need no lookup to know where a RAR or ASR would go.
 */
final class SerialServerCcaSession extends ServerCCASessionImpl {
    private static final long serialVersionUID = 1L;

    SerialServerCcaSession(IServerCCASessionData data, ICCAMessageFactory fct, ISessionFactory sf,
                           ServerCCASessionListener lst, IServerCCASessionContext ctx,
                           StateChangeListener<AppSession> stLst) {
        super(data, fct, sf, lst, ctx, stLst);
        this.timerFacility = NO_TCC;
    }

    private static final ITimerFacility NO_TCC = new ITimerFacility() {
        @Override
        public Serializable schedule(String sessionId, String timerName, long milliseconds) {
            return timerName;
        }

        @Override
        public void cancel(Serializable id) {
            // nothing was scheduled
        }
    };

    /** The client's Origin-Host and -Realm, for server-initiated RAR/ASR; set once by the first CCR served. */
    private volatile String[] client;

    String[] client() {
        return client;
    }

    void client(String host, String realm) {
        client = new String[] {host, realm};
    }

    @Override
    public boolean handleEvent(StateEvent event) throws InternalException, OverloadException {
        sendAndStateLock.lock();
        try {
            return super.handleEvent(event);
        } finally {
            sendAndStateLock.unlock();
        }
    }
}
