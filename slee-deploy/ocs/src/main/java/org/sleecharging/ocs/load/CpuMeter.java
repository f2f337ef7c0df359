package org.sleecharging.ocs.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * CPU time spent in a measured window: by the whole process (Java threads, GC and JIT alike), and
 * by the server's and the client's Java threads. Unlike CCR/s it barely moves when other processes
 * compete for the cores, so it compares legs run on a loaded machine.
 *
 * <p>Both jDiameter stacks name their threads alike ("ApplicationSession-3"), but each stack's
 * thread factories create their own thread groups when the stack is initialised; a thread belongs
 * to the side whose groups (or whose group's ancestors) hold it. Threads outside those groups are
 * classified by name: the simulator's own threads and the server's peer state machine
 * ("FSM-SPeer…") are the server's, the rest (the client's connection, the load's timeouts) the
 * client's.
 */
public final class CpuMeter {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Set<ThreadGroup> serverGroups;
    private final Set<ThreadGroup> clientGroups;
    private final Map<Long, Long> startCpu = new HashMap<>();
    private long startProcess;

    /** Process CPU of the window and the part run by each side's threads, in nanoseconds. */
    public record Usage(long processNanos, long serverNanos, long clientNanos) {
        static final Usage NONE = new Usage(0, 0, 0);

        Usage plus(Usage o) {
            return new Usage(processNanos + o.processNanos, serverNanos + o.serverNanos, clientNanos + o.clientNanos);
        }

        /** Process CPU no Java thread of either side accounts for: GC, JIT, other JVM threads. */
        long otherNanos() {
            return Math.max(0, processNanos - serverNanos - clientNanos);
        }

        String encode() {
            return processNanos + " " + serverNanos + " " + clientNanos;
        }
    }

    private CpuMeter(Set<ThreadGroup> serverGroups, Set<ThreadGroup> clientGroups) {
        this.serverGroups = serverGroups;
        this.clientGroups = clientGroups;
    }

    /** Records which thread groups exist before the stacks start; see {@link Groups#serverStarted()}. */
    static Groups before() {
        return new Groups(allGroups());
    }

    /** The thread groups each stack creates, recorded while the stacks start one after the other. */
    static final class Groups {
        private final Set<ThreadGroup> before;
        private Set<ThreadGroup> server = Set.of();

        private Groups(Set<ThreadGroup> before) {
            this.before = before;
        }

        /** Call right after the server stack started and before the client stack is created. */
        void serverStarted() {
            server = allGroups();
            server.removeAll(before);
        }

        /** Call after the client stack connected. */
        CpuMeter clientStarted() {
            Set<ThreadGroup> client = allGroups();
            client.removeAll(before);
            client.removeAll(server);
            return new CpuMeter(server, client);
        }
    }

    void start() {
        startProcess = os.getProcessCpuTime();
        startCpu.clear();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            startCpu.put(t.getId(), Math.max(0, threads.getThreadCpuTime(t.getId())));
        }
    }

    Usage stop() {
        long process = os.getProcessCpuTime() - startProcess;
        long server = 0;
        long client = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long cpu = threads.getThreadCpuTime(t.getId());
            if (cpu < 0) {
                continue;
            }
            long used = cpu - startCpu.getOrDefault(t.getId(), 0L);
            switch (sideOf(t)) {
                case SERVER -> server += used;
                case CLIENT -> client += used;
                default -> {
                    // the load tool's main thread and the JVM's own Java threads
                }
            }
        }
        return new Usage(process, server, client);
    }

    /** Per-thread-name CPU since {@link #start()}, for checking the classification by eye. */
    String breakdown() {
        Map<String, Long> byName = new TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long used = threads.getThreadCpuTime(t.getId()) - startCpu.getOrDefault(t.getId(), 0L);
            String name = sideOf(t) + " " + t.getName().replaceAll("\\d+$", "N") + " [" + t.getThreadGroup().getName() + "]";
            byName.merge(name, used, Long::sum);
        }
        StringBuilder b = new StringBuilder();
        byName.forEach((name, nanos) -> b.append(String.format(Locale.ROOT, "%n  %8.1f ms  %s", nanos / 1e6, name)));
        return b.toString();
    }

    private enum Side { SERVER, CLIENT, OTHER }

    private Side sideOf(Thread t) {
        for (ThreadGroup g = t.getThreadGroup(); g != null; g = g.getParent()) {
            if (serverGroups.contains(g)) {
                return Side.SERVER;
            }
            if (clientGroups.contains(g)) {
                return Side.CLIENT;
            }
        }
        String name = t.getName();
        if (name.startsWith("ocs-") || name.startsWith("FSM-SPeer")) {
            return Side.SERVER;
        }
        if (name.equals("main") || t.getThreadGroup() == null || "system".equals(t.getThreadGroup().getName())) {
            return Side.OTHER;
        }
        return Side.CLIENT;
    }

    private static Set<ThreadGroup> allGroups() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        ThreadGroup[] groups = new ThreadGroup[root.activeGroupCount() + 64];
        int n = root.enumerate(groups, true);
        Set<ThreadGroup> all = new HashSet<>();
        for (int i = 0; i < n; i++) {
            all.add(groups[i]);
        }
        return all;
    }
}
