package io.plumbline.demo.internal;

import io.plumbline.integration.AuthType;
import io.plumbline.integration.Category;
import io.plumbline.integration.Criticality;
import io.plumbline.integration.IntegrationDraft;
import io.plumbline.integration.IntegrationService;
import io.plumbline.integration.Quota;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The integrations each demo client depends on, with credentials near and far from
 * expiry.
 */
@Component
class DemoIntegrations implements DemoStory {

    record Spec(String client, String key, String name, Category category, String provider, String baseUrl,
            String version, AuthType auth, Integer expiresInDays, String scopes, Quota quota, Criticality criticality,
            String owner) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec(DemoTenants.ACME, "acme-hubspot", "HubSpot CRM", Category.CRM, "HubSpot", "https://api.hubapi.com",
                    "v3", AuthType.OAUTH2, 5, "crm.objects.contacts.read crm.objects.contacts.write",
                    new Quota(100, Duration.ofSeconds(10)), Criticality.CRITICAL, "Priya Natarajan"),
            new Spec(DemoTenants.ACME, "acme-klaviyo", "Klaviyo e-mail", Category.EMAIL, "Klaviyo",
                    "https://a.klaviyo.com/api", "2024-10-15", AuthType.API_KEY, null, "profiles:read lists:write",
                    new Quota(700, Duration.ofMinutes(1)), Criticality.HIGH, "Priya Natarajan"),
            new Spec(DemoTenants.ACME, "acme-ga4", "GA4 reporting", Category.ANALYTICS, "Google Analytics",
                    "https://analyticsdata.googleapis.com", "v1beta", AuthType.OAUTH2, 160, "analytics.readonly",
                    new Quota(200_000, Duration.ofDays(1)), Criticality.MEDIUM, "Tom Becker"),
            new Spec(DemoTenants.GLOBEX, "globex-salesforce", "Salesforce Health Cloud", Category.CRM, "Salesforce",
                    "https://globex.my.salesforce.com/services/data", "v61.0", AuthType.OAUTH2, 40, "api refresh_token",
                    new Quota(100_000, Duration.ofDays(1)), Criticality.CRITICAL, "Lena Vogel"),
            new Spec(DemoTenants.GLOBEX, "globex-braze", "Braze messaging", Category.EMAIL, "Braze",
                    "https://rest.fra-01.braze.eu", "2024", AuthType.BEARER, 300, "users.track messages.send",
                    new Quota(250_000, Duration.ofHours(1)), Criticality.HIGH, "Lena Vogel"),
            new Spec("Umbrella Finance", "umbrella-marketo", "Marketo", Category.EMAIL, "Adobe Marketo",
                    "https://123-abc-456.mktorest.com/rest", "v1", AuthType.OAUTH2, 20, "leads programs",
                    new Quota(100, Duration.ofSeconds(20)), Criticality.CRITICAL, "Tom Becker"),
            new Spec("Umbrella Finance", "umbrella-appsflyer", "AppsFlyer attribution", Category.ATTRIBUTION,
                    "AppsFlyer", "https://hq1.appsflyer.com/api", "v2", AuthType.BEARER, 90, "raw-data",
                    new Quota(1_000, Duration.ofDays(1)), Criticality.MEDIUM, "Tom Becker"),
            new Spec("Hooli Cloud", "hooli-segment", "Segment CDP", Category.CDP, "Twilio Segment",
                    "https://api.segment.io", "v1", AuthType.BASIC, null, null, new Quota(500, Duration.ofSeconds(1)),
                    Criticality.CRITICAL, "Ama Owusu"),
            new Spec("Hooli Cloud", "hooli-linkedin-ads", "LinkedIn Ads", Category.ADS, "LinkedIn",
                    "https://api.linkedin.com/rest", "202410", AuthType.OAUTH2, 12, "r_ads r_ads_reporting",
                    new Quota(100_000, Duration.ofDays(1)), Criticality.HIGH, "Ama Owusu"),
            new Spec("Wayfarer Travel", "wayfarer-mailchimp", "Mailchimp", Category.EMAIL, "Mailchimp",
                    "https://us21.api.mailchimp.com/3.0", "3.0", AuthType.API_KEY, null, null,
                    new Quota(10, Duration.ofSeconds(1)), Criticality.HIGH, "Diego Ruiz"),
            new Spec("Wayfarer Travel", "wayfarer-meta-capi", "Meta Conversions API", Category.ADS, "Meta",
                    "https://graph.facebook.com", "v21.0", AuthType.BEARER, 55, "ads_management",
                    new Quota(200, Duration.ofHours(1)), Criticality.MEDIUM, "Diego Ruiz"),
            new Spec("Soylent Foods", "soylent-shopify", "Shopify Admin", Category.OTHER, "Shopify",
                    "https://soylent.myshopify.com/admin/api", "2024-10", AuthType.API_KEY, null, "read_customers",
                    new Quota(40, Duration.ofSeconds(1)), Criticality.CRITICAL, "Priya Natarajan"),
            new Spec("Brightpath Learning", "brightpath-pipedrive", "Pipedrive", Category.CRM, "Pipedrive",
                    "https://api.pipedrive.com", "v1", AuthType.OAUTH2, 75, "deals:full contacts:full",
                    new Quota(80, Duration.ofSeconds(2)), Criticality.HIGH, "Ama Owusu"),
            new Spec("Vandelay Industries", "vandelay-dynamics", "Dynamics 365", Category.CRM, "Microsoft",
                    "https://vandelay.api.crm.dynamics.com/api/data", "v9.2", AuthType.OAUTH2, 28, "user_impersonation",
                    new Quota(6_000, Duration.ofMinutes(5)), Criticality.HIGH, "Tom Becker"),
            new Spec("Pied Piper Media", "piedpiper-mixpanel", "Mixpanel", Category.ANALYTICS, "Mixpanel",
                    "https://api.mixpanel.com", "2.0", AuthType.BASIC, null, null, new Quota(60, Duration.ofHours(1)),
                    Criticality.LOW, "Diego Ruiz"),
            new Spec(DemoTenants.INITECH, "initech-salesforce", "Salesforce Sales Cloud", Category.CRM, "Salesforce",
                    "https://initech.my.salesforce.com/services/data", "v60.0", AuthType.OAUTH2, 33, "api",
                    new Quota(15_000, Duration.ofDays(1)), Criticality.CRITICAL, "Bill Lumbergh"),
            new Spec(DemoTenants.INITECH, "initech-sendgrid", "SendGrid", Category.EMAIL, "Twilio SendGrid",
                    "https://api.sendgrid.com", "v3", AuthType.BEARER, null, "mail.send",
                    new Quota(600, Duration.ofMinutes(1)), Criticality.HIGH, "Bill Lumbergh"),
            new Spec("Massive Dynamic", "massive-hubspot", "HubSpot Marketing", Category.CRM, "HubSpot",
                    "https://api.hubapi.com", "v3", AuthType.OAUTH2, 61, "content automation",
                    new Quota(150, Duration.ofSeconds(10)), Criticality.HIGH, "Nina Sharp"),
            new Spec("Oceanic Airlines", "oceanic-braze", "Braze messaging", Category.EMAIL, "Braze",
                    "https://rest.iad-01.braze.com", "2024", AuthType.BEARER, 8, "users.track",
                    new Quota(250_000, Duration.ofHours(1)), Criticality.CRITICAL, "Nina Sharp"));

    private final IntegrationService integrations;

    private final Clock clock;

    DemoIntegrations(IntegrationService integrations, Clock clock) {
        this.integrations = integrations;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void tell(DemoWorld world) {
        LocalDate today = LocalDate.now(clock);
        for (Spec spec : SPECS) {
            TenantScope scope = TenantScope.agency(world.agencyOfClient(spec.client()));
            CurrentTenant
                .runAs(scope, () -> world.addIntegration(spec.key(),
                        integrations.register(new IntegrationDraft(world.client(spec.client()), spec.key(), spec.name(),
                                spec.category(), spec.provider(), spec.baseUrl(), spec.version(), spec.auth(),
                                spec.expiresInDays() == null ? null : today.plusDays(spec.expiresInDays()),
                                spec.scopes(), spec.quota(), spec.criticality(), spec.owner(), null))
                            .id()));
        }
    }

}
