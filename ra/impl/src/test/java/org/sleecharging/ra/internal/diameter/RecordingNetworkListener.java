package org.sleecharging.ra.internal.diameter;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.sleecharging.ra.engine.ro.RoNetworkListener;
import org.sleecharging.ra.engine.ro.Route;

/** Records what the transport reported without being asked. */
final class RecordingNetworkListener implements RoNetworkListener {
    final List<String> reauths = new CopyOnWriteArrayList<String>();
    final List<String> aborts = new CopyOnWriteArrayList<String>();
    final List<String> peerChanges = new CopyOnWriteArrayList<String>();

    @Override
    public void reauthRequested(String roSessionId) {
        reauths.add(roSessionId);
    }

    @Override
    public void sessionAborted(String roSessionId) {
        aborts.add(roSessionId);
    }

    @Override
    public void peerStateChanged(Route peer, boolean up) {
        peerChanges.add(peer + (up ? " up" : " down"));
    }
}
