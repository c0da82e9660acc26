package io.plumbline.integration.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntegrationHostRouteRepository extends JpaRepository<IntegrationHostRoute, UUID> {

    List<IntegrationHostRoute> findByAgencyIdOrderByHostAscPathPrefixAsc(UUID agencyId);

    List<IntegrationHostRoute> findByAgencyIdAndClientIdOrderByHostAscPathPrefixAsc(UUID agencyId, UUID clientId);

    List<IntegrationHostRoute> findByAgencyIdAndIntegrationIdOrderByHostAscPathPrefixAsc(UUID agencyId,
            UUID integrationId);

    List<IntegrationHostRoute> findByAgencyIdAndClientIdAndHostAndPathPrefix(UUID agencyId, UUID clientId, String host,
            String pathPrefix);

}
