package org.sleecharging.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A child JVM on this JVM's class path; its output lines are queued for the caller and logged. */
final class ChildJvm implements AutoCloseable {

    private final String name;
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;

    private ChildJvm(String name, Process process, Consumer<String> log) {
        this.name = name;
        this.process = process;
        reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                    if (!line.startsWith(LegResult.PREFIX)) {
                        log.accept("  [" + name + "] " + line);
                    }
                }
            } catch (IOException e) {
                log.accept("  [" + name + "] output lost: " + e);
            }
        }, "child-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(String name, List<String> jvmOptions, Class<?> main, List<String> args, Consumer<String> log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        String extra = System.getProperty("bench." + name + ".jvm");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        if (System.getProperty("bench.du.directory") != null) {
            command.add("-Dbench.du.directory=" + System.getProperty("bench.du.directory"));
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        return new ChildJvm(name, new ProcessBuilder(command).redirectErrorStream(true).start(), log);
    }

    /** The first line starting with {@code prefix} within {@code seconds}, or an exception naming the child. */
    String await(String prefix, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
            if (line == null) {
                throw new IllegalStateException(name + ": no " + prefix.trim() + " line within " + seconds + " s"
                        + (process.isAlive() ? "" : " (exited " + process.exitValue() + ")"));
            }
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
    }

    /** Closes the child's standard input (the OCS process stops then) and waits for it. */
    @Override
    public void close() {
        try (OutputStream in = process.getOutputStream()) {
            in.flush();
        } catch (IOException e) {
            // the child is gone already
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            reader.join(5000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
