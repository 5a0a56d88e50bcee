package ir.shenava.staff.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import ir.shenava.shared.PersianText;
import ir.shenava.staff.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who signs in to Shenava. Password and lockout state change only through methods. */
@Entity
@Table(name = "staff")
@EntityListeners(StaffChanges.class)
public class Staff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String fullName;
    private String email;
    private String mobile;
    private Long departmentId;
    private Long managerId;
    private boolean active = true;
    private String passwordHash;
    private boolean mustChangePassword = true;
    private int failedLogins;
    private Instant lockedUntil;
    private String searchKey = "";
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 100)   // roles of a list of staff in one query, not one each
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Staff() {
    }

    public Staff(String username, String passwordHash, Instant now) {
        this.username = username.trim().toLowerCase(java.util.Locale.ROOT);
        this.passwordHash = passwordHash;
        this.createdAt = now;
    }

    /** Profile fields an administrator edits; the reporting chain may not point at oneself. */
    public void updateProfile(String fullName, String email, String mobile, Long departmentId, Long managerId,
                              Set<Role> roles, boolean active) {
        if (managerId != null && managerId.equals(id)) {
            throw new IllegalArgumentException("staff.manager.self");
        }
        this.fullName = PersianText.normalize(fullName);
        this.email = email == null || email.isBlank() ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
        this.mobile = mobile;
        this.departmentId = departmentId;
        this.managerId = managerId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.active = active;
        this.searchKey = PersianText.searchKey(this.fullName + " " + username + " " + (this.email == null ? "" : this.email)
                + " " + (mobile == null ? "" : PersianText.digitsOnly(mobile)));
    }

    /** Set by an administrator (new account or reset): the person must choose their own at next login. */
    public void assignTemporaryPassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = true;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void changeOwnPassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
    }

    /** Counts a failed login; after {@code max} in a row the account locks for {@code lockout}. */
    public void recordFailedLogin(int max, Duration lockout, Instant now) {
        failedLogins++;
        if (failedLogins >= max) {
            lockedUntil = now.plus(lockout);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getMobile() {
        return mobile;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getManagerId() {
        return managerId;
    }

    public boolean isActive() {
        return active;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
