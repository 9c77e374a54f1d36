package be.miresem.rebond.shared.web;

/**
 * CDI event: something shown on public pages changed (news, testimonials, FAQ, the partner list).
 * Fired by the services that make the change; the page cache drops its copies once the change is committed.
 */
public record PublicContentChanged(String what) {
}
