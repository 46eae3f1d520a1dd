package my.gov.platform.infra.checks;

/** One invariant of the running suite, checked once: what it says, whether it held, and the counts behind the verdict. */
record Check(String name, boolean passed, String counts) {
    static Check of(String name, boolean passed, String format, Object... counts) {
        return new Check(name, passed, String.format(format, counts));
    }

    String line() {
        return String.format("%-4s %-64s %s", passed ? "PASS" : "FAIL", name, counts);
    }
}
