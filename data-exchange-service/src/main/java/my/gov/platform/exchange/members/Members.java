package my.gov.platform.exchange.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Registers member agencies and their roles. */
@ApplicationScoped
public class Members {

    @Transactional
    public Member register(String agencyCode, String name, String clientId, boolean provider, boolean consumer) {
        Member existing = Member.findById(agencyCode);
        Member member = existing != null ? existing : new Member();
        member.agencyCode = agencyCode;
        member.name = name;
        member.clientId = clientId;
        member.provider = provider;
        member.consumer = consumer;
        if (existing == null) {
            member.persist();
        }
        return member;
    }
}
