package my.gov.platform.identity.securityevents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.web.Ids;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The account's own security history, written in the transaction of what it records. */
@ApplicationScoped
public class SecurityEvents {
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID accountId, SecurityEvent.Kind kind, String detail) {
        SecurityEvent event = new SecurityEvent();
        event.id = Ids.newId();
        event.accountId = accountId;
        event.kind = kind;
        event.detail = detail;
        event.occurredAt = Instant.now();
        event.persist();
    }

    public List<SecurityEvent> recent(UUID accountId, int limit) {
        return SecurityEvent.<SecurityEvent>find("accountId = ?1 order by occurredAt desc, id desc", accountId)
                .page(0, limit).list();
    }
}
