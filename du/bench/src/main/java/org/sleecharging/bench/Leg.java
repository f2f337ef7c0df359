package org.sleecharging.bench;

/** One side of the comparison: the charging RA in the embedded SLEE, or raw jDiameter. */
interface Leg extends AutoCloseable {

    /**
     * Starts one charging session for {@code user}: reserve, two debits, release ({@link SessionMode#SCUR}), or
     * reserve and keep it ({@link SessionMode#HOLD}). Outcomes go to {@code listener}, on any thread.
     */
    void start(long id, String user, SessionMode mode, SessionListener listener);

    /** Ro requests this leg has sent per session in {@code mode} (for CCR/s). */
    int ccrsPerSession(SessionMode mode);

    /** A short description of what the leg holds now (for the heap run's report). */
    String state();

    @Override
    void close();

    /** What a session does. */
    enum SessionMode {
        SCUR, HOLD
    }

    /** Outcomes of one session. */
    interface SessionListener {
        /** The reservation is granted; {@code nanos} since the reserve request was issued. */
        void reserved(long nanos);

        /** The session is released (SCUR); the final usage report may still be on its way. */
        void done();

        void failed(String why);
    }
}
