package org.sleecharging.ocs.internal.diameter;

import org.jdiameter.api.InternalException;
import org.jdiameter.api.OverloadException;
import org.jdiameter.api.app.AppSession;
import org.jdiameter.api.app.StateChangeListener;
import org.jdiameter.api.app.StateEvent;
import org.jdiameter.api.cca.ServerCCASessionListener;
import org.jdiameter.client.api.ISessionFactory;
import org.jdiameter.common.api.app.cca.ICCAMessageFactory;
import org.jdiameter.common.api.app.cca.IServerCCASessionContext;
import org.jdiameter.server.impl.app.cca.IServerCCASessionData;
import org.jdiameter.server.impl.app.cca.ServerCCASessionImpl;

/**
 * The stock server Ro session reads its state before taking its lock, so a fast follow-up CCR
 * can be handled against a stale IDLE state and answered 5002. Holding the session's own
 * (reentrant) lock around the whole event makes each session's events strictly sequential.
 */
final class SerialServerCcaSession extends ServerCCASessionImpl {
    private static final long serialVersionUID = 1L;

    SerialServerCcaSession(IServerCCASessionData data, ICCAMessageFactory fct, ISessionFactory sf,
                           ServerCCASessionListener lst, IServerCCASessionContext ctx,
                           StateChangeListener<AppSession> stLst) {
        super(data, fct, sf, lst, ctx, stLst);
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
