package ir.shenava.staff.apikeys;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import ir.shenava.staff.ApiScope;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** An issued API key: its name, the first characters of the key and the hash of the whole key, never the key. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String keyPrefix;
    private String keyHash;
    private String createdBy;
    private Instant createdAt;
    private Instant revokedAt;
    private Instant lastUsedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_key_scope", joinColumns = @JoinColumn(name = "api_key_id"))
    @Column(name = "scope")
    @Enumerated(EnumType.STRING)
    private Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);

    protected ApiKey() {
    }

    ApiKey(String name, String keyPrefix, String keyHash, Set<ApiScope> scopes, String createdBy, Instant now) {
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.scopes = EnumSet.copyOf(scopes);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Revoking twice keeps the first moment. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    String getKeyHash() {
        return keyHash;
    }

    public Set<ApiScope> getScopes() {
        return scopes.isEmpty() ? Set.of() : EnumSet.copyOf(scopes);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
