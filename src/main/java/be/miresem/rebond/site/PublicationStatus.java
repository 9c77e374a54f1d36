package be.miresem.rebond.site;

/** Whether a news item is visible to the public. Labels: {@code PublicationStatus.X}. */
public enum PublicationStatus {
    DRAFT,
    PUBLISHED
}
