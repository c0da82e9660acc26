package io.plumbline.health.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;
import io.plumbline.health.Period;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * 24 h, 7 d, 30 d, 90 d or a custom range in the client's time zone. Fires
 * {@link ChangeEvent}. A radio group, not tabs: choosing a period changes the figures
 * below, it does not switch between panels.
 */
class PeriodPicker extends HorizontalLayout {

    private final ZoneId zone;

    private final DateTimePicker from = new DateTimePicker("From");

    private final DateTimePicker to = new DateTimePicker("To");

    private Period period;

    PeriodPicker(Clock clock, ZoneId zone) {
        this.zone = zone;
        this.period = Period.Preset.LAST_7_DAYS.at(clock);
        RadioButtonGroup<Optional<Period.Preset>> presets = new RadioButtonGroup<>("Period");
        presets.setItems(Stream
            .concat(Arrays.stream(Period.Preset.values()).map(Optional::of), Stream.of(Optional.<Period.Preset>empty()))
            .toList());
        presets.setItemLabelGenerator(preset -> preset.map(Period.Preset::label).orElse("Custom"));
        presets.setValue(Optional.of(Period.Preset.LAST_7_DAYS));
        presets.addClassName("pl-period-presets");
        from.setVisible(false);
        to.setVisible(false);
        presets.addValueChangeListener(e -> {
            boolean isCustom = e.getValue().isEmpty();
            from.setVisible(isCustom);
            to.setVisible(isCustom);
            if (isCustom) {
                from.setValue(LocalDateTime.ofInstant(period.from(), zone));
                to.setValue(LocalDateTime.ofInstant(period.to(), zone));
            }
            else {
                change(e.getValue().get().at(clock));
            }
        });
        from.addValueChangeListener(e -> customChanged());
        to.addValueChangeListener(e -> customChanged());
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(presets, from, to);
    }

    Period period() {
        return period;
    }

    private void customChanged() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        if (!from.getValue().isBefore(to.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage("'To' must be after 'From'.");
            return;
        }
        to.setInvalid(false);
        change(new Period("custom", from.getValue().atZone(zone).toInstant(), to.getValue().atZone(zone).toInstant()));
    }

    private void change(Period newPeriod) {
        period = newPeriod;
        fireEvent(new ChangeEvent(this));
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    static class ChangeEvent extends ComponentEvent<PeriodPicker> {

        ChangeEvent(PeriodPicker source) {
            super(source, false);
        }

    }

}
