package my.gov.platform.catalogue.services;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import my.gov.platform.commons.money.Money;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A government service in the catalogue. Its E2E status is derived from its steps on every write. */
@Entity
@Table(name = "catalogue_service")
public class CatalogueService extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false, unique = true)
    public String code;
    @Column(nullable = false)
    public String agency;
    @Column(name = "name_ms", nullable = false)
    public String nameMs;
    @Column(name = "name_en", nullable = false)
    public String nameEn;
    @Column(name = "description_ms", nullable = false)
    public String descriptionMs;
    @Column(name = "description_en", nullable = false)
    public String descriptionEn;
    @Column(nullable = false)
    public String sector;
    @Column(nullable = false)
    public String cluster;
    @Column(nullable = false)
    public String domain;
    @Column(name = "target_group", nullable = false)
    public String targetGroup;
    @Column(name = "life_event", nullable = false)
    public String lifeEvent;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> personas;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> processes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> channels;
    @Column(name = "fee_currency", nullable = false)
    public String feeCurrency;
    @Column(name = "fee_value", nullable = false)
    public long feeValue;
    @Column(name = "uses_sso", nullable = false)
    public boolean usesSso;
    @Column(name = "uses_epayment", nullable = false)
    public boolean usesEpayment;
    @Column(name = "uses_mygdx", nullable = false)
    public boolean usesMygdx;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Step> steps;
    @Enumerated(EnumType.STRING)
    @Column(name = "e2e_status", nullable = false)
    public E2eStatus e2eStatus;
    @Column(name = "e2e_reason", nullable = false)
    public String e2eReason;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    public E2eAssessment assessment() {
        return E2eClassifier.assess(steps);
    }

    public Money fee() {
        return new Money(feeCurrency, feeValue);
    }
}
