package io.plumbline.ingestion.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.ingestion.UnmappedHost;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.shared.ui.EditorDialog;
import java.util.List;
import java.util.Map;

/** "Map to…": an unmapped host (and an optional path prefix) to an integration. */
class MapHostDialog extends EditorDialog<MapHostDialog.Mapping> {

    record Mapping(IntegrationDetails integration, String pathPrefix) {
    }

    private final ComboBox<IntegrationDetails> integration = new ComboBox<>("Integration");

    private final TextField pathPrefix = new TextField("Path prefix (optional)");

    MapHostDialog(UnmappedHost host, List<IntegrationDetails> candidates) {
        super("Map " + host.host(), "Map");
        integration.setItems(candidates);
        integration.setItemLabelGenerator(i -> i.name() + " (" + i.key() + ")");
        integration.setRequired(true);
        integration.setWidthFull();
        pathPrefix.setPlaceholder("/crm/v3");
        pathPrefix.setHelperText("Only spans whose path starts with it; empty for every path of " + host.host());
        pathPrefix.setWidthFull();
        add(new FormLayout(integration, pathPrefix));
    }

    @Override
    protected Mapping draft() {
        return new Mapping(integration.getValue(), pathPrefix.getValue());
    }

    @Override
    protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.of("integration", integration, "pathPrefix", pathPrefix, "hosts", pathPrefix);
    }

}
