package my.gov.platform.identity.accounts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A person's account. The id is the {@code sub} of their tokens; the MyKad number never leaves this table in events. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountKind kind;

    /** What the person types to sign in: the MyKad digits for citizens, the e-mail address for everyone else. */
    @Column(name = "login_id", nullable = false, unique = true)
    public String loginId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(nullable = false, unique = true)
    public String email;

    public String phone;

    @Column(name = "mykad_number")
    public String mykadNumber;

    @Column(name = "passport_number")
    public String passportNumber;

    public String nationality;

    @Column(name = "company_registration_number")
    public String companyRegistrationNumber;

    public String agency;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> roles;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountStatus status;

    @Column(name = "email_verified", nullable = false)
    public boolean emailVerified;

    @Column(name = "phone_verified", nullable = false)
    public boolean phoneVerified;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "deactivated_at")
    public Instant deactivatedAt;

    @Version
    public long version;

    public static Optional<Account> byLoginId(String loginId) {
        return find("loginId", loginId).firstResultOptional();
    }
}
