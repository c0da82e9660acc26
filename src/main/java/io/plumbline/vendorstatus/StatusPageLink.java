package io.plumbline.vendorstatus;

import io.plumbline.integration.IntegrationId;

/**
 * The status page an integration depends on, and the component if one was chosen (empty:
 * every incident of the page counts).
 */
public record StatusPageLink(IntegrationId integration, String baseUrl, String componentId, String componentName,
        PageState state) {

    public boolean wholePage() {
        return componentId == null;
    }

    /** "HubSpot" (the page's own name once polled), else the URL. */
    public String provider() {
        return state.pageName() == null ? baseUrl : state.pageName();
    }

    /** "CRM API", or "all components". */
    public String scope() {
        return wholePage() ? "all components" : componentName;
    }

}
