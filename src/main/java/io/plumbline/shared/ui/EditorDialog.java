package io.plumbline.shared.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import io.plumbline.shared.InvalidInputException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The plumbing every create/edit dialog shares: a titled dialog with Cancel and a primary
 * save button. Saving hands the form's draft to the action the view set with
 * {@link #onSave}; when the action refuses it ({@link InvalidInputException}) the message
 * is shown on the field it names (or as a notification) and the dialog stays open,
 * otherwise the dialog closes. A subclass only builds its fields, says how they make a
 * draft and which field answers to which name; it knows no services.
 *
 * @param <D> the draft the form edits
 */
public abstract class EditorDialog<D> extends Dialog {

    private Consumer<D> save;

    /**
     * @param saveVariants what the save button wears besides primary, such as
     * {@link ButtonVariant#LUMO_ERROR} for a save that ends something
     */
    protected EditorDialog(String title, String saveLabel, ButtonVariant... saveVariants) {
        setHeaderTitle(title);
        Button saveButton = new Button(saveLabel, e -> save(this::draft));
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addThemeVariants(saveVariants);
        getFooter().add(new Button("Cancel", e -> close()), saveButton);
    }

    /** The draft the fields hold now. */
    protected abstract D draft();

    /** The fields by the names an {@link InvalidInputException} gives as its field. */
    protected abstract Map<String, ? extends HasValue<?, ?>> fieldsByName();

    /**
     * @param save stores the draft; throws {@link InvalidInputException} to refuse it
     */
    public void onSave(Consumer<D> save) {
        this.save = save;
    }

    /**
     * Saves what {@code draft} makes, as the save button saves the fields' draft; for a
     * second way to save, such as going back to a default.
     */
    protected final void save(Supplier<? extends D> draft) {
        try {
            Objects.requireNonNull(save, "The view did not say how to save (onSave)").accept(draft.get());
            close();
        }
        catch (InvalidInputException refusal) {
            Ui.showOn(refusal, fieldsByName());
        }
    }

}
