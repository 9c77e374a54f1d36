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
import java.time.Instant;

/**
 * An invitation to create an account: a one-time link e-mailed to the person. Only a hash of its token
 * is stored; it expires after {@link Invitations#INVITATION_DAYS} days and works once.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(name = "Invitation.findByTokenHash", query = "select i from Invitation i left join fetch i.cpas where i.tokenHash = :hash")
@NamedQuery(name = "Invitation.findPending", query = "select i from Invitation i left join fetch i.cpas "
        + "where i.usedAt is null order by i.createdAt desc")
public class Invitation extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = UserAccount.EMAIL_MAX)
    private String email;

    @Column(name = "full_name", nullable = false, length = UserAccount.NAME_MAX)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cpas_id")
    private Cpas cpas;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "invited_by", nullable = false, length = UserAccount.EMAIL_MAX)
    private String invitedBy;

    protected Invitation() {
    }

    Invitation(String email, String fullName, Role role, Cpas cpas, String invitedBy) {
        this.email = UserAccount.normaliseEmail(email);
        this.fullName = fullName.strip();
        this.role = role;
        this.cpas = cpas;
        this.invitedBy = invitedBy;
    }

    void renew(String tokenHash, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void used(Instant at) {
        usedAt = at;
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

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public String getInvitedBy() {
        return invitedBy;
    }
}
