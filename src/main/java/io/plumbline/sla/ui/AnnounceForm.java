package io.plumbline.sla.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import io.plumbline.shared.ui.EditorDialog;
import io.plumbline.sla.MaintenanceWindow;
import java.util.Map;

/**
 * Announces an existing maintenance window to the client with a notice period; knows no
 * services.
 */
class AnnounceForm extends EditorDialog<Integer> {

    private final IntegerField notice = new IntegerField("Notice (days ahead)");

    AnnounceForm(MaintenanceWindow window, String clientName) {
        super("Announce “" + window.name() + "” to " + clientName, "Announce to client");
        setWidth("480px");
        notice.setValue(window.noticeDays() == null ? 7 : window.noticeDays());
        notice.setMin(0);
        notice.setMax(60);
        notice.setStepButtonsVisible(true);
        notice.setHelperText("0 to 60 days");
        add(new Paragraph(clientName + " sees each occurrence this many days before it starts: in the portal, "
                + "in their feed and, if subscribed, by e-mail."), new FormLayout(notice));
    }

    @Override
    protected Integer draft() {
        return notice.getValue();
    }

    @Override
    protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.of("notice", notice);
    }

}
