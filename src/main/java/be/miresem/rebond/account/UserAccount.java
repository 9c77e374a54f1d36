package be.miresem.rebond.account;

import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;

/**
 * Someone who signs in: an officer, or an insertion agent of exactly one CPAS (never moved to another
 * CPAS, so history stays attributable). The password is stored only as a PBKDF2 hash.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.findByEmail", query = "select u from UserAccount u left join fetch u.cpas where u.email = :email")
@NamedQuery(name = "UserAccount.countActiveByRole",
        query = "select count(u) from UserAccount u where u.role = :role and u.active = true")
@NamedQuery(name = "UserAccount.findByFeedTokenHash",
        query = "select u from UserAccount u left join fetch u.cpas where u.feedTokenHash = :hash")
@NamedQuery(name = "UserAccount.findAll", query = "select u from UserAccount u order by u.role, u.fullName")
public class UserAccount extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 120;

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX)
    @Column(nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cpas_id", updatable = false)
    private Cpas cpas;

    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /** SHA-256 of the private calendar feed's token; null when the feed is off. */
    @Column(name = "feed_token_hash", length = 64, unique = true)
    private String feedTokenHash;

    protected UserAccount() {
    }

    private UserAccount(String email, String fullName, Role role, Cpas cpas) {
        this.email = normaliseEmail(email);
        this.fullName = fullName;
        this.role = role;
        this.cpas = cpas;
    }

    public static UserAccount officer(String email, String fullName) {
        return new UserAccount(email, fullName, Role.OFFICER, null);
    }

    public static UserAccount partner(String email, String fullName, Cpas cpas) {
        if (cpas == null) {
            throw new IllegalArgumentException("A partner account belongs to one CPAS");
        }
        return new UserAccount(email, fullName, Role.PARTNER, cpas);
    }

    /** E-mail addresses are compared without case and surrounding spaces. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public Role getRole() {
        return role;
    }

    public Cpas getCpas() {
        return cpas;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    /** Changes whenever the password does: what a session was opened with (see ActiveAccountFilter). */
    public String credentialsStamp() {
        return Tokens.hash("credentials:" + passwordHash);
    }

    void setFullName(String fullName) {
        this.fullName = fullName;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    void setFeedTokenHash(String hash) {
        this.feedTokenHash = hash;
    }

    public boolean isFeedEnabled() {
        return feedTokenHash != null;
    }

    public boolean isOfficer() {
        return role == Role.OFFICER;
    }
}
