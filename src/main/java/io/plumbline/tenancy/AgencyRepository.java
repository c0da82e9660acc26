package io.plumbline.tenancy;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyRepository extends JpaRepository<Agency, UUID> {

}
