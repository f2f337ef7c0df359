package org.sleecharging.ducheck;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a deployable unit carries descriptors that do not conform; lists every problem. */
public final class InvalidDescriptorsException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  InvalidDescriptorsException(List<Problem> problems) {
    super(problems.size() + " invalid JAIN SLEE descriptor problem(s):\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
