package io.plumbline.audit;

import io.plumbline.audit.internal.AuditRecord;
import io.plumbline.audit.internal.AuditRecordRepository;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantMember;
import io.plumbline.tenancy.TenantScope;
import io.plumbline.tenancy.UserId;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's audit log: who did what, when and from where. Written in the acting
 * transaction.
 */
@Service
public class AuditService {

    private final AuditRecordRepository records;

    private final Clock clock;

    AuditService(AuditRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /**
     * Records an action of the signed-in user (or of system work) in the current tenant.
     */
    @Transactional
    public void record(AuditAction action, ClientId client, String target, String detail) {
        TenantScope scope = CurrentTenant.require();
        TenantMember actor = CurrentTenant.member().orElse(null);
        records.save(new AuditRecord(scope.agency().value(), client == null ? null : client.value(),
                actor == null ? null : actor.userId().value(), actor == null ? "system" : actor.email(), action, target,
                detail, null, clock.instant()));
    }

    /**
     * Records a sign-in event for a known account; the account's tenant must be current.
     */
    @Transactional
    public void recordSignIn(AuditAction action, UserId user, String email, String detail, String remoteAddress) {
        TenantScope scope = CurrentTenant.require();
        records.save(new AuditRecord(scope.agency().value(), scope.clientId().map(ClientId::value).orElse(null),
                user.value(), email, action, email, detail, remoteAddress, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, Pageable page) {
        TenantScope scope = Access.requireAgencyManager();
        Pageable sorted = page.getSort().isSorted() ? page : org.springframework.data.domain.PageRequest
            .of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "occurredAt"));
        return records.findAll(matching(scope, filter), sorted).stream().map(AuditRecord::entry).toList();
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return records.count(matching(Access.requireAgencyManager(), filter));
    }

    private static Specification<AuditRecord> matching(TenantScope scope, AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("agencyId"), scope.agency().value()));
            if (filter.actorEmail() != null && !filter.actorEmail().isBlank()) {
                where.add(cb.like(cb.lower(root.get("actorEmail")),
                        "%" + filter.actorEmail().strip().toLowerCase(Locale.ROOT) + "%"));
            }
            if (filter.action() != null) {
                where.add(cb.equal(root.get("action"), filter.action()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), filter.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

}
