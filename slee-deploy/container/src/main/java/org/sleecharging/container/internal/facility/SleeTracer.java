package org.sleecharging.container.internal.facility;

import java.util.Objects;
import javax.slee.facilities.TraceLevel;
import javax.slee.facilities.Tracer;
import javax.slee.management.NotificationSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tracer of one notification source (JSLEE 1.1 ch. 13): messages at or above the effective trace
 * level go to the slf4j logger {@code slee.<source>.<tracerName>}. SEVERE maps to error, WARNING to
 * warn, INFO and CONFIG to info, FINE to debug, FINER and FINEST to trace.
 */
final class SleeTracer implements Tracer {

  private final NotificationSource source;
  private final String name;
  private final TraceLevels levels;
  private final Logger logger;

  SleeTracer(NotificationSource source, String name, TraceLevels levels) {
    this.source = source;
    this.name = name;
    this.levels = levels;
    this.logger = LoggerFactory.getLogger(TracerNames.loggerName(source, name));
  }

  @Override
  public String getTracerName() {
    return name;
  }

  @Override
  public String getParentTracerName() {
    return TracerNames.parent(name);
  }

  @Override
  public TraceLevel getTraceLevel() {
    return levels.effective(source, name);
  }

  @Override
  public boolean isTraceable(TraceLevel level) {
    Objects.requireNonNull(level, "level");
    TraceLevel current = getTraceLevel();
    return !level.isOff() && !current.isOff() && !current.isHigherLevel(level);
  }

  @Override
  public void trace(TraceLevel level, String message) {
    trace(level, message, null);
  }

  @Override
  public void trace(TraceLevel level, String message, Throwable cause) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
    if (level.isOff()) {
      throw new IllegalArgumentException("cannot trace at level OFF (JSLEE 1.1 ch. 13)");
    }
    if (isTraceable(level)) {
      log(level, message, cause);
    }
  }

  private void log(TraceLevel level, String message, Throwable cause) {
    switch (level.toInt()) {
      case TraceLevel.LEVEL_SEVERE -> logger.error(message, cause);
      case TraceLevel.LEVEL_WARNING -> logger.warn(message, cause);
      case TraceLevel.LEVEL_INFO, TraceLevel.LEVEL_CONFIG -> logger.info(message, cause);
      case TraceLevel.LEVEL_FINE -> logger.debug(message, cause);
      default -> logger.trace(message, cause);
    }
  }

  @Override
  public void severe(String message) {
    trace(TraceLevel.SEVERE, message, null);
  }

  @Override
  public void severe(String message, Throwable cause) {
    trace(TraceLevel.SEVERE, message, cause);
  }

  @Override
  public boolean isSevereEnabled() {
    return isTraceable(TraceLevel.SEVERE);
  }

  @Override
  public void warning(String message) {
    trace(TraceLevel.WARNING, message, null);
  }

  @Override
  public void warning(String message, Throwable cause) {
    trace(TraceLevel.WARNING, message, cause);
  }

  @Override
  public boolean isWarningEnabled() {
    return isTraceable(TraceLevel.WARNING);
  }

  @Override
  public void info(String message) {
    trace(TraceLevel.INFO, message, null);
  }

  @Override
  public void info(String message, Throwable cause) {
    trace(TraceLevel.INFO, message, cause);
  }

  @Override
  public boolean isInfoEnabled() {
    return isTraceable(TraceLevel.INFO);
  }

  @Override
  public void config(String message) {
    trace(TraceLevel.CONFIG, message, null);
  }

  @Override
  public void config(String message, Throwable cause) {
    trace(TraceLevel.CONFIG, message, cause);
  }

  @Override
  public boolean isConfigEnabled() {
    return isTraceable(TraceLevel.CONFIG);
  }

  @Override
  public void fine(String message) {
    trace(TraceLevel.FINE, message, null);
  }

  @Override
  public void fine(String message, Throwable cause) {
    trace(TraceLevel.FINE, message, cause);
  }

  @Override
  public boolean isFineEnabled() {
    return isTraceable(TraceLevel.FINE);
  }

  @Override
  public void finer(String message) {
    trace(TraceLevel.FINER, message, null);
  }

  @Override
  public void finer(String message, Throwable cause) {
    trace(TraceLevel.FINER, message, cause);
  }

  @Override
  public boolean isFinerEnabled() {
    return isTraceable(TraceLevel.FINER);
  }

  @Override
  public void finest(String message) {
    trace(TraceLevel.FINEST, message, null);
  }

  @Override
  public void finest(String message, Throwable cause) {
    trace(TraceLevel.FINEST, message, cause);
  }

  @Override
  public boolean isFinestEnabled() {
    return isTraceable(TraceLevel.FINEST);
  }
}
