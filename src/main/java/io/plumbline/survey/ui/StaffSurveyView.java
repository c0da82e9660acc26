package io.plumbline.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.survey.NewResponse;
import io.plumbline.survey.SurveyService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * The internal staff survey: the people who run a client's campaigns rate the data
 * quality they see (1–5).
 */
@Route("satisfaction/staff")
@PageTitle("Staff survey · Plumbline")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.ANALYST_NAME })
public class StaffSurveyView extends VerticalLayout {

    private final SurveyService surveys;

    private final ComboBox<ClientDetails> client = new ComboBox<>("Client");

    private final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>("Data quality you see for this client");

    private final TextArea comment = new TextArea("What stands out (optional)");

    private final Paragraph rated = new Paragraph();

    private final List<ClientDetails> clients;

    public StaffSurveyView(SurveyService surveys, ClientService clientService) {
        this.surveys = surveys;
        this.clients = clientService.list(false);
        addClassName("pl-page");
        client.setItems(clients);
        client.setItemLabelGenerator(ClientDetails::name);
        rating.setItems(1, 2, 3, 4, 5);
        rating.setItemLabelGenerator(r -> switch (r) {
            case 1 -> "1 · unusable";
            case 2 -> "2 · poor";
            case 3 -> "3 · acceptable";
            case 4 -> "4 · good";
            default -> "5 · excellent";
        });
        comment.setMaxLength(NewResponse.MAX_COMMENT);
        comment.setWidthFull();
        Button submit = new Button("Submit rating", e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Staff survey"), new Paragraph("Once a month, rate the quality of the data you work with for each "
                + "client: complete, on time, consented. Only agency staff see these ratings (audience: internal)."),
                client, rating, comment, submit, rated);
        showRated();
    }

    private void submit() {
        try {
            surveys.rateDataQuality(client.getValue() == null ? null : client.getValue().id(), rating.getValue(),
                    comment.getValue());
            Ui.success("Thank you: " + client.getValue().name() + " rated.");
            client.clear();
            rating.clear();
            comment.clear();
            showRated();
        }
        catch (InvalidInputException e) {
            Ui.showOn(e, Map.of("client", client, "rating", rating, "comment", comment));
        }
    }

    private void showRated() {
        List<ClientId> done = surveys.ratedThisMonth();
        rated
            .setText(done.isEmpty() ? "You have not rated any client this month."
                    : "Rated this month: " + String.join(", ",
                            clients.stream().filter(c -> done.contains(c.id())).map(ClientDetails::name).toList())
                            + ".");
    }

}
