package io.plumbline.tenancy;

import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.shared.Secrets;
import io.plumbline.tenancy.TenancyEvent.AgencyCreated;
import io.plumbline.tenancy.TenancyEvent.AgencyRebranded;
import io.plumbline.tenancy.TenancyEvent.UserCreated;
import io.plumbline.tenancy.internal.Agency;
import io.plumbline.tenancy.internal.AgencyRepository;
import io.plumbline.tenancy.internal.Client;
import io.plumbline.tenancy.internal.ClientRepository;
import io.plumbline.tenancy.internal.UserAccount;
import io.plumbline.tenancy.internal.UserAccountRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Agencies: created by the platform operator, branded by their owners and admins. */
@Service
public class AgencyService {

    private final AgencyRepository agencies;

    private final ClientRepository clients;

    private final UserAccountRepository users;

    private final PasswordEncoder passwordEncoder;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final TransactionTemplate transactions;

    AgencyService(AgencyRepository agencies, ClientRepository clients, UserAccountRepository users,
            PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.agencies = agencies;
        this.clients = clients;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Operator action: a new agency with its first owner, who signs in with the returned
     * one-time password. The new agency's id is the tenant of the transaction that
     * creates it.
     */
    public NewAgency createAgency(String name, String ownerEmail, String ownerName, String ownerPassword) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new InvalidInputException("name", "Give the agency a name of 1 to 120 characters.");
        }
        String email = UserService.normalizeEmail(ownerEmail);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("ownerEmail", "Enter the owner's e-mail address like name@example.com.");
        }
        if (CurrentTenant.callForSignIn(email, () -> transactions.execute(s -> users.existsByEmailIgnoreCase(email)))) {
            throw new InvalidInputException("ownerEmail", "A user with this e-mail address already exists.");
        }
        AgencyId agencyId = AgencyId.random();
        boolean oneTime = ownerPassword == null;
        String password = oneTime ? Secrets.oneTimePassword() : ownerPassword;
        if (!oneTime) {
            PasswordPolicy.check(password, email);
        }
        return CurrentTenant.callAs(TenantScope.agency(agencyId), () -> transactions.execute(status -> {
            agencies.save(new Agency(agencyId, name.strip(), clock.instant()));
            UserAccount owner = new UserAccount(new UserId(UUID.randomUUID()), agencyId, null, email,
                    ownerName == null || ownerName.isBlank() ? email : ownerName.strip(), Role.OWNER, clock.instant());
            String hash = passwordEncoder.encode(password);
            if (oneTime) {
                owner.issueOneTimePassword(hash, clock.instant().plus(Duration.ofDays(7)));
            }
            else {
                owner.setPassword(hash);
            }
            users.save(owner);
            events.publishEvent(new AgencyCreated(agencyId, name.strip(), email));
            events.publishEvent(new UserCreated(agencyId, null, owner.id(), email, Role.OWNER, "operator command"));
            return new NewAgency(agencyId, owner.id(), email, oneTime ? password : null);
        }));
    }

    @Transactional(readOnly = true)
    public Branding currentBranding() {
        return loadCurrent().branding();
    }

    /**
     * What a client user's portal shows: the agency's colour and logo, the client's name.
     */
    @Transactional(readOnly = true)
    public PortalBranding portalBranding() {
        TenantScope scope = CurrentTenant.require();
        Branding agency = loadCurrent().branding();
        ClientDetails client = scope.clientId()
            .flatMap(id -> clients.findByAgencyIdAndId(scope.agency().value(), id.value()))
            .map(Client::details)
            .orElseThrow(() -> new NotFoundException("No client for this portal"));
        return new PortalBranding(agency, client.displayName(),
                client.primaryColour() == null ? agency.primaryColour() : client.primaryColour(), client.logo());
    }

    @Transactional
    public Branding rebrand(String name, String primaryColour) {
        TenantScope scope = Access.requireAgencyManager();
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new InvalidInputException("name", "Give the agency a name of 1 to 120 characters.");
        }
        if (!Branding.isColour(primaryColour)) {
            throw new InvalidInputException("primaryColour", "Use a colour like #1f5fbf.");
        }
        Agency agency = loadCurrent();
        agency.rebrand(name.strip(), primaryColour);
        events.publishEvent(new AgencyRebranded(scope.agency(), name.strip()));
        return agency.branding();
    }

    @Transactional
    public Branding changeLogo(Logo logo) {
        TenantScope scope = Access.requireAgencyManager();
        Agency agency = loadCurrent();
        agency.replaceLogo(logo);
        events.publishEvent(new AgencyRebranded(scope.agency(), agency.branding().displayName()));
        return agency.branding();
    }

    private Agency loadCurrent() {
        return agencies.findById(CurrentTenant.require().agency().value())
            .orElseThrow(() -> new NotFoundException("No such agency"));
    }

    public record NewAgency(AgencyId agency, UserId owner, String ownerEmail, String oneTimePassword) {
    }

    /**
     * The agency's colour and logo frame the portal; the client's colour and logo mark
     * its own content.
     */
    public record PortalBranding(Branding agency, String clientName, String clientColour, Logo clientLogo) {
    }

}
