package my.gov.platform.infra;

/**
 * Ends this JVM when the process that started it is gone, so a crashed test run or a killed
 * launcher never leaves a database or broker behind.
 */
final class ParentWatch {
    private ParentWatch() {
    }

    static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
    }
}
