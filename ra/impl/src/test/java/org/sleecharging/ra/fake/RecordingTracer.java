package org.sleecharging.ra.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.slee.facilities.TraceLevel;
import javax.slee.facilities.Tracer;

/** Records every trace message with its level. */
public final class RecordingTracer implements Tracer {

    public record Trace(TraceLevel level, String message, Throwable cause) {}

    private final String name;
    public final List<Trace> traces = new ArrayList<>();

    RecordingTracer(String name) {
        this.name = name;
    }

    public synchronized List<String> at(TraceLevel level) {
        return traces.stream().filter(t -> t.level().equals(level)).map(Trace::message).collect(Collectors.toList());
    }

    @Override
    public String getTracerName() {
        return name;
    }

    @Override
    public String getParentTracerName() {
        return "";
    }

    @Override
    public TraceLevel getTraceLevel() {
        return TraceLevel.FINEST;
    }

    @Override
    public synchronized void trace(TraceLevel level, String message, Throwable cause) {
        traces.add(new Trace(level, message, cause));
    }

    @Override
    public void trace(TraceLevel level, String message) {
        trace(level, message, null);
    }

    @Override
    public boolean isTraceable(TraceLevel level) {
        return true;
    }

    @Override
    public void severe(String message) {
        trace(TraceLevel.SEVERE, message);
    }

    @Override
    public void severe(String message, Throwable cause) {
        trace(TraceLevel.SEVERE, message, cause);
    }

    @Override
    public boolean isSevereEnabled() {
        return true;
    }

    @Override
    public void warning(String message) {
        trace(TraceLevel.WARNING, message);
    }

    @Override
    public void warning(String message, Throwable cause) {
        trace(TraceLevel.WARNING, message, cause);
    }

    @Override
    public boolean isWarningEnabled() {
        return true;
    }

    @Override
    public void info(String message) {
        trace(TraceLevel.INFO, message);
    }

    @Override
    public void info(String message, Throwable cause) {
        trace(TraceLevel.INFO, message, cause);
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void config(String message) {
        trace(TraceLevel.CONFIG, message);
    }

    @Override
    public void config(String message, Throwable cause) {
        trace(TraceLevel.CONFIG, message, cause);
    }

    @Override
    public boolean isConfigEnabled() {
        return true;
    }

    @Override
    public void fine(String message) {
        trace(TraceLevel.FINE, message);
    }

    @Override
    public void fine(String message, Throwable cause) {
        trace(TraceLevel.FINE, message, cause);
    }

    @Override
    public boolean isFineEnabled() {
        return true;
    }

    @Override
    public void finer(String message) {
        trace(TraceLevel.FINER, message);
    }

    @Override
    public void finer(String message, Throwable cause) {
        trace(TraceLevel.FINER, message, cause);
    }

    @Override
    public boolean isFinerEnabled() {
        return true;
    }

    @Override
    public void finest(String message) {
        trace(TraceLevel.FINEST, message);
    }

    @Override
    public void finest(String message, Throwable cause) {
        trace(TraceLevel.FINEST, message, cause);
    }

    @Override
    public boolean isFinestEnabled() {
        return true;
    }
}
