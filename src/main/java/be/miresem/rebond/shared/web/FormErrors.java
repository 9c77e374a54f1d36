package be.miresem.rebond.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The error summary at the top of a rejected form ({@code #{formErrors.all}}): each field's error, named by the
 * field's label ("Nom du CPAS : ce champ est obligatoire."), with the field's id so the summary can link to it.
 */
@Named
@RequestScoped
public class FormErrors {

    /** One error of the page: the field's client id and the message, prefixed with the field's label. */
    public record FieldError(String fieldId, String text) {
    }

    /** Computed at each call: Faces asks before validation too, when there is nothing to show yet. */
    public List<FieldError> getAll() {
        List<FieldError> errors = new ArrayList<>();
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            for (FacesMessage message : context.getMessageList(id)) {
                if (message.getSeverity() == FacesMessage.SEVERITY_ERROR && id != null) {
                    errors.add(new FieldError(id, named(labelOf(context, id), message.getSummary())));
                }
            }
        }
        return errors;
    }

    /** "Nom du CPAS : ce champ est obligatoire." from the label and the message; the message alone without label. */
    static String named(String label, String message) {
        if (label == null || label.isBlank() || message == null || message.isEmpty()) {
            return message;
        }
        boolean word = message.length() > 1 && Character.isUpperCase(message.charAt(0))
                && Character.isLowerCase(message.charAt(1));
        String lowered = word ? message.substring(0, 1).toLowerCase(Locale.FRENCH) + message.substring(1) : message;
        return label.strip() + " : " + lowered;
    }

    private static String labelOf(FacesContext context, String clientId) {
        String[] label = new String[1];
        context.getViewRoot().invokeOnComponent(context, clientId, (ctx, component) -> {
            Object value = component.getAttributes().get("label");
            label[0] = value == null ? null : value.toString();
        });
        return label[0];
    }
}
