package be.miresem.rebond.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The error summary at the top of a rejected form ({@code #{formErrors.all}}): each field's error,
 * with the field's id so the summary can link to it.
 */
@Named
@RequestScoped
public class FormErrors {

    /** One error of the page: the field's client id (null for the whole form) and the message. */
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
                    errors.add(new FieldError(id, message.getSummary()));
                }
            }
        }
        return errors;
    }
}
