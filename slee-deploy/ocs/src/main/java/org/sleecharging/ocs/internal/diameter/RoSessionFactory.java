package org.sleecharging.ocs.internal.diameter;

import org.jdiameter.api.ApplicationId;
import org.jdiameter.api.SessionFactory;
import org.jdiameter.api.app.AppSession;
import org.jdiameter.api.cca.ServerCCASession;
import org.jdiameter.server.impl.app.cca.IServerCCASessionData;
import org.jdiameter.common.impl.app.cca.CCASessionFactoryImpl;

/**
 * The stock CCA session factory, except that server sessions are {@link SerialServerCcaSession}s
 * and state changes are not logged (the stock listener logs each at INFO, costing ~20%).
 */
public final class RoSessionFactory extends CCASessionFactoryImpl {

    public RoSessionFactory(SessionFactory sessionFactory) {
        super(sessionFactory);
    }

    @Override
    public AppSession getNewSession(String sessionId, Class<? extends AppSession> type, ApplicationId appId,
                                    Object[] args) {
        if (type != ServerCCASession.class) {
            return super.getNewSession(sessionId, type, appId, args);
        }
        String id = sessionId != null ? sessionId : sessionFactory.getSessionId();
        IServerCCASessionData data = (IServerCCASessionData) sessionDataFactory.getAppSessionData(ServerCCASession.class, id);
        data.setApplicationId(appId);
        SerialServerCcaSession session = new SerialServerCcaSession(data, getMessageFactory(), sessionFactory,
                getServerSessionListener(), getServerContextListener(), getStateListener());
        iss.addSession(session);
        session.getSessions().get(0).setRequestListener(session);
        return session;
    }

    @Override
    public void stateChanged(AppSession source, Enum oldState, Enum newState) {
        // Deliberately silent: see the class comment.
    }

    @Override
    public void stateChanged(Enum oldState, Enum newState) {
        // Deliberately silent: see the class comment.
    }
}
