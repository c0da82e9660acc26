package io.plumbline.tenancy.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    List<UserAccount> findByAgencyIdOrderByEmailAsc(UUID agencyId);

    List<UserAccount> findByAgencyIdAndClientIdOrderByEmailAsc(UUID agencyId, UUID clientId);

    Optional<UserAccount> findByAgencyIdAndId(UUID agencyId, UUID id);

    Optional<UserAccount> findByEmailIgnoreCase(String email);

    Optional<UserAccount> findByInviteTokenHash(String inviteTokenHash);

    boolean existsByEmailIgnoreCase(String email);

}
