package be.miresem.rebond.site;

/** Someone else saved the same item since this form was opened: nothing was overwritten. */
public class EditConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EditConflictException() {
        super("The item was changed by someone else");
    }
}
