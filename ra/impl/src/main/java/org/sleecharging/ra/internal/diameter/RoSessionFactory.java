package org.sleecharging.ra.internal.diameter;

import org.jdiameter.api.ApplicationId;
import org.jdiameter.api.SessionFactory;
import org.jdiameter.api.app.AppSession;
import org.jdiameter.api.cca.ClientCCASession;
import org.jdiameter.client.impl.app.cca.IClientCCASessionData;
import org.jdiameter.common.impl.app.cca.CCASessionFactoryImpl;

/**
 * The stock CCA session factory, except that client sessions are {@link RoClientSession}s and
 * session state changes are not logged (the stock listener logs each one at INFO, about 20% of
 * the throughput, DESIGN.md). This client has no server sessions.
 */
final class RoSessionFactory extends CCASessionFactoryImpl {
    private final RoClientSession.ServerRequests serverRequests;

    RoSessionFactory(SessionFactory sessions, RoClientSession.ServerRequests serverRequests) {
        super(sessions);
        this.serverRequests = serverRequests;
    }

    @Override
    public AppSession getNewSession(String sessionId, Class<? extends AppSession> type, ApplicationId appId,
            Object[] args) {
        if (type != ClientCCASession.class) {
            throw new IllegalArgumentException("the Ro client makes client credit-control sessions only, not " + type.getName());
        }
        String id = sessionId != null ? sessionId : sessionFactory.getSessionId();
        IClientCCASessionData data = (IClientCCASessionData) sessionDataFactory.getAppSessionData(ClientCCASession.class, id);
        data.setApplicationId(appId);
        RoClientSession session = new RoClientSession(data, getMessageFactory(), sessionFactory, getClientSessionListener(),
                getClientContextListener(), getStateListener(), serverRequests);
        iss.addSession(session);
        session.getSessions().get(0).setRequestListener(session);
        return session;
    }

    @Override
    public AppSession getSession(String sessionId, Class<? extends AppSession> type) {
        // Sessions are not replicated here; the RA's own replicated data recreates them (RoClientPort#send).
        return null;
    }

    @Override
    public void stateChanged(AppSession source, Enum oldState, Enum newState) {
        // Silent: see the class comment.
    }

    @Override
    public void stateChanged(Enum oldState, Enum newState) {
        // Silent: see the class comment.
    }
}
