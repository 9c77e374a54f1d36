package be.miresem.rebond.conversation;

/** The names of threads as the read markers store them. */
final class Threads {

    private Threads() {
    }

    static String ofCase(long caseFileId) {
        return "case:" + caseFileId;
    }

    static String ofPartnership(long cpasId) {
        return "cpas:" + cpasId;
    }
}
