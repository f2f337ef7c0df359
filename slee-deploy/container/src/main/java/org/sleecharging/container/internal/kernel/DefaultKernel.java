package org.sleecharging.container.internal.kernel;

/** Wires the container's parts; filled in when the deployer, RA side and runtime land. */
final class DefaultKernel {

  private DefaultKernel() {}

  static Kernel start(Kernel.Options options) {
    throw new UnsupportedOperationException(
        "the embedded container kernel is not wired yet (deployer/runtime/RA side pending)");
  }
}
