package io.plumbline.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.survey.NewResponse;
import io.plumbline.survey.SurveyService;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.modulith.NamedInterface;

/**
 * The pulse survey as a card for the portal home (exposed to the portal module): shown
 * only when due for the signed-in client user; "Not now" dismisses it for the period, as
 * answering does.
 */
@NamedInterface("pulse")
public class PulseSurveyCard extends Div {

    private final SurveyService surveys;

    public PulseSurveyCard(SurveyService surveys) {
        this.surveys = surveys;
        addClassNames("pl-card", "pl-pulse");
        setId("pulse-survey");
        surveys.pulseDue().ifPresentOrElse(period -> build(period.label()), () -> setVisible(false));
    }

    private void build(String period) {
        RadioButtonGroup<Integer> nps = new RadioButtonGroup<>(
                "How likely are you to recommend us to a colleague? " + "(0 = not at all, 10 = extremely)");
        nps.setItems(IntStream.rangeClosed(0, 10).boxed().toList());
        RadioButtonGroup<Integer> csat = new RadioButtonGroup<>(
                "How satisfied are you with our service? " + "(1 = very dissatisfied, 5 = very satisfied)");
        csat.setItems(1, 2, 3, 4, 5);
        TextArea comment = new TextArea("Anything you want to tell us (optional)");
        comment.setMaxLength(NewResponse.MAX_COMMENT);
        comment.setWidthFull();
        Button send = new Button("Send", e -> {
            try {
                surveys.answerPulse(nps.getValue(), csat.getValue(), comment.getValue());
                Ui.success("Thank you for your answer.");
                setVisible(false);
            }
            catch (InvalidInputException ex) {
                Ui.showOn(ex, Map.of("nps", nps, "csat", csat, "comment", comment));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button later = new Button("Not now", e -> {
            surveys.dismissPulse();
            setVisible(false);
        });
        later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H3("Quick survey · " + period), nps, csat, comment, new HorizontalLayout(send, later));
    }

}
